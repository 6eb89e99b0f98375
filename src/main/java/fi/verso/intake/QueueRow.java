package fi.verso.intake;

import fi.verso.calendar.ClockStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One matter in the intake queue.
 *
 * @param urgent empty while the urgency has not been assessed
 * @param startStatus the assessment-start clock; empty once the matter is decided
 */
public record QueueRow(
    UUID id,
    String reference,
    MatterKind kind,
    Channel channel,
    Instant receivedAt,
    MatterState state,
    LocalDate assessmentStartDue,
    String childFirstName,
    String childLastName,
    Optional<Boolean> urgent,
    Optional<LocalDate> decidedOn,
    Optional<ClockStatus> startStatus) {

  public boolean urgencyAssessed() {
    return urgent.isPresent();
  }

  public Optional<String> childName() {
    return name(childFirstName, childLastName);
  }

  public boolean unborn() {
    return kind == MatterKind.PRENATAL_NOTIFICATION;
  }

  static Optional<String> name(String first, String last) {
    String joined =
        Stream.of(first, last).filter(s -> s != null && !s.isBlank()).map(String::trim).collect(Collectors.joining(" "));
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }
}
