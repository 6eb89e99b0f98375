package fi.verso.catalogue;

import java.util.List;

/**
 * A way to bring a matter to the county's social services, as the front page describes it. Each has a
 * stable id so that the forms, when they come, can be linked from here.
 */
public record WayToReach(String id, String formPath, List<String> textKeys) {
  public WayToReach {
    textKeys = List.copyOf(textKeys);
  }

  /** LSL 25 §, 25 c §, 25 a §; SHL 35 §, 18 §. */
  public static final List<WayToReach> ALL =
      List.of(
          new WayToReach("notification", "/citizen/notification",
              List.of("reach.notification.anyone", "reach.notification.mandated")),
          new WayToReach("prenatal", "/citizen/prenatal-notification", List.of("reach.prenatal.text")),
          new WayToReach("contact", "/citizen/contact-request",
              List.of("reach.contact.parent", "reach.contact.professional")),
          new WayToReach("family-work", "/citizen/family-work-application", List.of("reach.family-work.text")));

  /** The ways that fit a catalogue entry, by its slug: shown on the entry's page as well. */
  public static List<WayToReach> forService(String slug) {
    return switch (slug) {
      case "lastensuojelun-avohuolto", "lapsiperheiden-sosiaalityo-ja-lastensuojelu" -> byIds("notification", "contact");
      case "lapsiperheiden-sosiaalityo", "sosiaaliohjaus" -> byIds("contact", "notification");
      case "perhetyo" -> byIds("family-work", "contact");
      case "tehostettu-perhetyo", "tukihenkilo", "tukiperhe", "vertaisryhmat", "perhekuntoutus" -> byIds("contact");
      default -> List.of();
    };
  }

  private static List<WayToReach> byIds(String... ids) {
    return java.util.Arrays.stream(ids)
        .map(id -> ALL.stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow())
        .toList();
  }

  public String actionKey() {
    return "reach." + id + ".action";
  }

  public String titleKey() {
    return "reach." + id + ".title";
  }
}
