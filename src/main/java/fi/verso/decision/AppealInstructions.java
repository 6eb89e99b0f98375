package fi.verso.decision;

import fi.verso.calendar.WorkingDays;
import java.time.LocalDate;

/**
 * Which appeal instructions a decision carries, and the last day to appeal.
 *
 * <ul>
 *   <li>Decisions on SHL services and on open-care support measures: a request for correction (oikaisuvaatimus)
 *       to the county's body for individual matters within 30 days of notification (HL 49 a-49 c §, SHL 48 §,
 *       LSL 89 §); its decision can then be appealed to the administrative court.
 *   <li>Decisions listed in LSL 90 § 1 mom (urgent placement and its extension, taking into care, substitute
 *       care, ending care...): straight to the administrative court, within 30 days of notification (Laki
 *       oikeudenkäynnistä hallintoasioissa 808/2019 13 §). None of the open-care measures is such a decision,
 *       but the route is modelled so that such decisions get the right instructions when Verso makes them.
 * </ul>
 *
 * <p>The period is counted from the date of notification, which is not counted (Määräaikalaki 150/1930 2 §).
 * If its last day is a Saturday, Sunday, public holiday, Christmas Eve or Midsummer Eve, the appeal can still be
 * made on the next working day (Määräaikalaki 5 §): the letter states that day, so that nobody is told a
 * shorter period than the law gives.
 */
public final class AppealInstructions {
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);
  public static final int APPEAL_PERIOD_DAYS = 30;

  private AppealInstructions() {}

  /** What kind of decision it is, as far as appeals go. */
  public enum Category {
    SHL_SERVICE,
    LSL_OPEN_CARE,
    /** A decision listed in LSL 90 § 1 mom. */
    LSL_90_DIRECT_TO_COURT
  }

  /** Where an appeal is made first. */
  public enum Route {
    /** Oikaisuvaatimus to the county, then the administrative court. */
    REQUEST_FOR_CORRECTION,
    /** Valitus straight to the administrative court. */
    ADMINISTRATIVE_COURT
  }

  public static Route routeFor(Category category) {
    return switch (category) {
      case SHL_SERVICE, LSL_OPEN_CARE -> Route.REQUEST_FOR_CORRECTION;
      case LSL_90_DIRECT_TO_COURT -> Route.ADMINISTRATIVE_COURT;
    };
  }

  /** When the decision was received and the last day to appeal, for a letter sent in this way on this day. */
  public record Deadline(LocalDate sentOn, DeliveryChannel channel, LocalDate notifiedOn, LocalDate lastDay) {}

  public static Deadline deadline(DeliveryChannel channel, LocalDate sentOn, WorkingDays workingDays) {
    LocalDate notified = NotificationDate.of(channel, sentOn);
    return new Deadline(sentOn, channel, notified, lastDayToAppeal(notified, workingDays));
  }

  /** 30 days after the date of notification, moved to the next working day if it falls on a day off. */
  public static LocalDate lastDayToAppeal(LocalDate notifiedOn, WorkingDays workingDays) {
    LocalDate last = notifiedOn.plusDays(APPEAL_PERIOD_DAYS);
    while (!workingDays.isWorkingDay(last)) {
      last = last.plusDays(1);
    }
    return last;
  }
}
