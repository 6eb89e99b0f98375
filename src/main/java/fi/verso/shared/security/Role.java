package fi.verso.shared.security;

/** Global roles of an employee. Team roles ({@link TeamRole}) and relationships to a child come on top. */
public enum Role {
  INTAKE_WORKER,
  SOCIAL_WORKER,
  SOCIAL_INSTRUCTOR,
  FAMILY_WORKER,
  TEAM_LEAD,
  CATALOGUE_ADMIN,
  ADMIN
}
