package fi.verso.decision;

import java.util.UUID;

/** A child's decisions, and whether the viewer may start a new draft. */
public record DecisionListPage(Decisions.ChildDecisions data, boolean canDraft) {
  public UUID childId() {
    return data.context().child().personId();
  }

  public String base() {
    return "/employee/children/" + childId() + "/decisions";
  }

  public String link(DecisionView d) {
    return DecisionController.path(childId(), d.id());
  }

  public boolean hasRelationship() {
    return !data.context().relationships().isEmpty();
  }
}
