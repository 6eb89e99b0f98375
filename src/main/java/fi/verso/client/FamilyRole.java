package fi.verso.client;

/** How a person around the child stands to them. Guardians are filled in from the population register. */
public enum FamilyRole {
  GUARDIAN,
  PARENT,
  SIBLING,
  /** Grandparent, a parent's partner, a foster parent...: the role is written out. */
  OTHER
}
