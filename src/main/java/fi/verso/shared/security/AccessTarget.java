package fi.verso.shared.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an action is performed on, as far as access rules need to know: its kind and id, the team that
 * owns it, and the children it concerns (also what the access log records).
 */
public record AccessTarget(String type, String id, Optional<UUID> teamId, List<UUID> childIds) {
  public AccessTarget {
    childIds = List.copyOf(childIds);
  }

  public static AccessTarget of(String type, Object id) {
    return new AccessTarget(type, String.valueOf(id), Optional.empty(), List.of());
  }

  public AccessTarget ownedByTeam(UUID team) {
    return new AccessTarget(type, id, Optional.of(team), childIds);
  }

  public AccessTarget concerningChildren(List<UUID> children) {
    return new AccessTarget(type, id, teamId, children);
  }
}
