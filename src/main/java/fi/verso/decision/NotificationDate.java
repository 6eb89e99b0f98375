package fi.verso.decision;

import java.time.LocalDate;

/**
 * The date on which a party is deemed to have received a decision (tiedoksisaantipäivä): the 7th day after an
 * ordinary letter was sent (HL 59 §), the 3rd day after an electronic message (HL 59 b §). It is a presumption
 * about delivery, not a deadline, so it is not moved off weekends or holidays.
 */
public final class NotificationDate {
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);

  private NotificationDate() {}

  public static LocalDate of(DeliveryChannel channel, LocalDate sentOn) {
    return sentOn.plusDays(channel.daysToNotification());
  }
}
