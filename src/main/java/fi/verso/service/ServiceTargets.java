package fi.verso.service;

import fi.verso.shared.security.AccessTarget;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What access checks and the access log need to know about the records of this module. */
public final class ServiceTargets {
  private ServiceTargets() {}

  /** A child's services, as access rules see them: the relationship to the child decides. */
  public static AccessTarget child(UUID childId) {
    return AccessTarget.of("child", childId).concerningChildren(List.of(childId));
  }

  static AccessTarget of(String type, UUID id, UUID childId) {
    return AccessTarget.of(type, id).concerningChildren(List.of(childId));
  }

  static AccessTarget of(String type, Object id, Collection<UUID> clients) {
    return AccessTarget.of(type, id).concerningChildren(List.copyOf(clients));
  }
}
