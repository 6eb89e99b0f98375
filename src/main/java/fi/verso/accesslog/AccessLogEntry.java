package fi.verso.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One row of the access log, as read back. */
public record AccessLogEntry(
    long id,
    Instant loggedAt,
    UUID actorEmployeeId,
    String actorKind,
    String action,
    String purpose,
    String targetType,
    String targetId,
    List<UUID> clientIds,
    String outcome) {}
