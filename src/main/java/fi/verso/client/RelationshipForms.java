package fi.verso.client;

/** What a worker typed into the client relationship forms, as typed, so a refused form shows it again. */
public final class RelationshipForms {
  private RelationshipForms() {}

  /**
   * A new responsible worker. {@code workPair} null keeps the current work pair, empty removes it;
   * {@code from} empty means today.
   */
  public record Transfer(String responsibleWorker, String workPair, String from, String version) {}

  public record End(String endedOn, String reason, String note, String noticeOn, String version) {}

  public record Informed(String informedOn, String version) {}

  public record FamilyMember(String name, String role, String roleDescription) {}
}
