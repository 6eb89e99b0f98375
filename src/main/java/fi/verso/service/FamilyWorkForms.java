package fi.verso.service;

/**
 * The family work forms exactly as typed, so that a form shown again after an error keeps everything. Input
 * names are the field names of the problems, unique across the module's pages.
 */
public final class FamilyWorkForms {
  private FamilyWorkForms() {}

  public record Start(
      String measureRelationship, String periodKind, String familyWorker, String periodStart, String plannedEnd, String periodGoals) {}

  public record Visit(String visitDate, String visitHours, String visitNotes, String nextVisit) {
    public static Visit empty(String today) {
      return new Visit(today, "", "", "");
    }
  }

  public record End(String periodEndDate, String periodEndSummary) {
    public static End empty(String today) {
      return new End(today, "");
    }
  }
}
