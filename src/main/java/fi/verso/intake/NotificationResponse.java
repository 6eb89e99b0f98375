package fi.verso.intake;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fi.verso.calendar.HelsinkiTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the API answers about a registered matter: its identity and its statutory dates (ISO 8601). The
 * received time is given in Finnish time, the zone the statutory days are counted in.
 */
@JsonPropertyOrder({"id", "reference", "receivedAt", "assessmentStartDue", "assessmentCompletionDue"})
record NotificationResponse(
    UUID id,
    String reference,
    OffsetDateTime receivedAt,
    LocalDate assessmentStartDue,
    LocalDate assessmentCompletionDue) {

  static NotificationResponse of(ReceivedMatter m) {
    return new NotificationResponse(
        m.id(),
        m.reference(),
        m.receivedAt().atZone(HelsinkiTime.ZONE).toOffsetDateTime(),
        m.assessmentStartDue(),
        m.assessmentCompletionDue());
  }
}
