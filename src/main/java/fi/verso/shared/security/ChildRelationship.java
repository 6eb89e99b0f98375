package fi.verso.shared.security;

/**
 * How an employee stands to a child: the basis of access to a child's records (LSL 13 b §, Asiakastietolaki
 * 703/2023 on need-to-know). Resolved by the client module through {@link ChildRelationshipResolver}.
 */
public enum ChildRelationship {
  RESPONSIBLE_WORKER,
  WORK_PAIR,
  ASSESSING_WORKER,
  LEAD_OF_RESPONSIBLE_TEAM,
  /**
   * The family worker assigned to an open family work period of the child (perhetyö, SHL 18 §; tehostettu perhetyö,
   * LSL 36 §): sees the services delivered to the child, not the case notes.
   */
  FAMILY_WORKER,
  /** Someone else who opened the records with a stated reason, for a limited time (logged, listed for the lead). */
  OPENED_WITH_REASON
}
