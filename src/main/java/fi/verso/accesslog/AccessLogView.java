package fi.verso.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Access-log rows as the administrator reads them: the employee's name is joined in for reading only. */
public final class AccessLogView {
  private AccessLogView() {}

  public record Row(
      Instant loggedAt,
      String employeeName,
      String actorKind,
      String action,
      String purpose,
      String targetType,
      String targetId,
      List<UUID> clientIds,
      String outcome) {}
}
