package fi.verso.shared.security;

import java.util.Set;
import java.util.UUID;

/** Port: how an employee stands to a child. The client module implements it; until then nobody does. */
public interface ChildRelationshipResolver {
  Set<ChildRelationship> relationships(UUID employeeId, UUID childId);
}
