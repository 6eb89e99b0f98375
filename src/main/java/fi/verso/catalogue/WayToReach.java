package fi.verso.catalogue;

import java.util.List;

/**
 * A way to bring a matter to the county's social services, as the front page describes it. Each has a
 * stable id so that the forms, when they come, can be linked from here.
 */
public record WayToReach(String id, List<String> textKeys) {
  public WayToReach {
    textKeys = List.copyOf(textKeys);
  }

  /** LSL 25 §, 25 c §, 25 a §; SHL 35 §, 18 §. */
  public static final List<WayToReach> ALL =
      List.of(
          new WayToReach("notification", List.of("reach.notification.anyone", "reach.notification.mandated")),
          new WayToReach("prenatal", List.of("reach.prenatal.text")),
          new WayToReach("contact", List.of("reach.contact.parent", "reach.contact.professional")),
          new WayToReach("family-work", List.of("reach.family-work.text")));

  public String titleKey() {
    return "reach." + id + ".title";
  }
}
