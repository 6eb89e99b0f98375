package fi.verso.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the sender is told once the matter is committed: its reference and the statutory dates. */
public record ReceivedMatter(
    UUID id,
    String reference,
    MatterKind kind,
    Instant receivedAt,
    LocalDate assessmentStartDue,
    LocalDate assessmentCompletionDue,
    String receiptToken) {}
