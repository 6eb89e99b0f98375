package fi.verso.decision;

import fi.verso.shared.i18n.OfficialLanguage;
import fi.verso.shared.web.FieldProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The draft form, new or existing, as typed, with the problems of the last submission. */
public record DecisionEditPage(
    UUID childId,
    Optional<UUID> decisionId,
    Decisions.DraftSetup setup,
    DecisionForms.Draft form,
    Map<String, FieldProblem> problems) {

  /** A new draft: the child's language, the responsible worker as contact; a replacement starts from the old one. */
  static DecisionEditPage forNew(UUID childId, Decisions.DraftSetup setup) {
    String contact =
        setup.context().relationships().stream()
            .findFirst()
            .map(r -> r.responsibleWorker().toString())
            .orElse(null);
    DecisionForms.Draft form =
        setup
            .replaces()
            .map(old -> fromDecision(old, DecisionType.CHANGE, null, Optional.of(old.id())))
            .orElse(
                new DecisionForms.Draft(
                    null, null, setup.context().defaultLanguage().name(), null, null, null, null, null, null, "NO",
                    null, contact, null, null, "0"));
    return new DecisionEditPage(childId, Optional.empty(), setup, form, Map.of());
  }

  static DecisionEditPage forExisting(UUID childId, Decisions.DraftSetup setup, DecisionView d) {
    return new DecisionEditPage(
        childId, Optional.of(d.id()), setup, fromDecision(d, d.type(), d.reasons(), d.replacesId()), Map.of());
  }

  private static DecisionForms.Draft fromDecision(
      DecisionView d, DecisionType type, String reasons, Optional<UUID> replaces) {
    return new DecisionForms.Draft(
        type.name(),
        d.measure().name(),
        d.language().name(),
        d.startsOn().map(Object::toString).orElse(null),
        d.endsOn().map(Object::toString).orElse(null),
        d.estimatedDuration().orElse(null),
        d.goals(),
        reasons,
        d.otherProvisions(),
        d.planDeparture().isPresent() ? "YES" : "NO",
        d.planDeparture().orElse(null),
        d.contactPerson().map(e -> e.id().toString()).orElse(null),
        d.contactDetails(),
        replaces.map(UUID::toString).orElse(null),
        String.valueOf(d.isDraft() ? d.version() : 0));
  }

  public String action() {
    String base = "/employee/children/" + childId + "/decisions";
    return decisionId.map(id -> base + "/" + id).orElse(base);
  }

  public String cancel() {
    String base = "/employee/children/" + childId + "/decisions";
    return decisionId.map(id -> base + "/" + id).orElse(base);
  }

  public boolean isNew() {
    return decisionId.isEmpty();
  }

  public FieldProblem problem(String field) {
    return problems.get(field);
  }

  public List<DecisionType> types() {
    return List.of(DecisionType.values());
  }

  public List<OfficialLanguage> languages() {
    return List.of(OfficialLanguage.values());
  }

  public List<Measure> measures(Measure.Basis basis) {
    return Arrays.stream(Measure.values()).filter(m -> m.basis() == basis).toList();
  }

  public List<DecisionForms.YesNo> yesNo() {
    return List.of(DecisionForms.YesNo.values());
  }

  public List<Measure.Basis> bases() {
    return List.of(Measure.Basis.values());
  }

  public boolean selected(String value, Enum<?> option) {
    return value != null && value.equalsIgnoreCase(option.name());
  }

  public boolean selectedContact(DecisionView.Employee e) {
    return e.id().toString().equals(form.decisionContactPerson());
  }
}
