package fi.verso.shared.security;

/** A role an employee has within one team. */
public enum TeamRole {
  MEMBER,
  LEAD
}
