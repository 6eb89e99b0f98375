package fi.verso.decision;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.calendar.WorkingDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AppealInstructionsTest {
  private static final WorkingDays FINLAND = WorkingDays.finland();

  @Test
  void anOrdinaryLetterIsDeemedReceivedOnTheSeventhDayAfterSending() {
    assertThat(NotificationDate.of(DeliveryChannel.LETTER, LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 13));
  }

  @Test
  void anElectronicMessageIsDeemedReceivedOnTheThirdDayAfterSending() {
    assertThat(NotificationDate.of(DeliveryChannel.ELECTRONIC, LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void theNotificationDateIsAPresumptionAndStaysOnAWeekendOrHoliday() {
    // Sent Wednesday 1.4.2026: the 3rd day is Saturday 4.4., the 7th day Wednesday 8.4. (after Easter Monday).
    assertThat(NotificationDate.of(DeliveryChannel.ELECTRONIC, LocalDate.of(2026, 4, 1)))
        .isEqualTo(LocalDate.of(2026, 4, 4))
        .matches(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
    // Sent Monday 30.3.2026: the 7th day is Easter Monday 6.4.2026, a public holiday, and stays there.
    assertThat(NotificationDate.of(DeliveryChannel.LETTER, LocalDate.of(2026, 3, 30))).isEqualTo(LocalDate.of(2026, 4, 6));
  }

  @Test
  void theAppealPeriodEndsThirtyDaysAfterTheNotificationDate() {
    AppealInstructions.Deadline letter = AppealInstructions.deadline(DeliveryChannel.LETTER, LocalDate.of(2026, 3, 6), FINLAND);
    AppealInstructions.Deadline electronic =
        AppealInstructions.deadline(DeliveryChannel.ELECTRONIC, LocalDate.of(2026, 3, 6), FINLAND);

    assertThat(letter.notifiedOn()).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(letter.lastDay()).isEqualTo(LocalDate.of(2026, 4, 13)); // 12.4. is a Sunday
    assertThat(electronic.notifiedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(electronic.lastDay()).isEqualTo(LocalDate.of(2026, 4, 8));
  }

  @Test
  void aLastDayOnAWeekendOrHolidayMovesToTheNextWorkingDay() {
    // Notified 5.11.2026: day 30 is Saturday 5.12., 6.12. is Independence Day (a Sunday), so Monday 7.12.
    assertThat(AppealInstructions.lastDayToAppeal(LocalDate.of(2026, 11, 5), FINLAND)).isEqualTo(LocalDate.of(2026, 12, 7));
    // Notified 24.11.2026: day 30 is Christmas Eve (Thursday), then Christmas Day, Boxing Day (Saturday), Sunday.
    assertThat(AppealInstructions.lastDayToAppeal(LocalDate.of(2026, 11, 24), FINLAND)).isEqualTo(LocalDate.of(2026, 12, 28));
    // A working day stays: notified Monday 2.3.2026, day 30 is Wednesday 1.4.2026.
    assertThat(AppealInstructions.lastDayToAppeal(LocalDate.of(2026, 3, 2), FINLAND)).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void shlServicesAndOpenCareMeasuresGoFirstToARequestForCorrection() {
    assertThat(AppealInstructions.routeFor(AppealInstructions.Category.SHL_SERVICE))
        .isEqualTo(AppealInstructions.Route.REQUEST_FOR_CORRECTION);
    assertThat(AppealInstructions.routeFor(AppealInstructions.Category.LSL_OPEN_CARE))
        .isEqualTo(AppealInstructions.Route.REQUEST_FOR_CORRECTION);
    for (Measure m : Measure.values()) {
      assertThat(AppealInstructions.routeFor(m.appealCategory())).as(m.name()).isEqualTo(AppealInstructions.Route.REQUEST_FOR_CORRECTION);
    }
    assertThat(Measure.FAMILY_WORK.appealCategory()).isEqualTo(AppealInstructions.Category.SHL_SERVICE);
    assertThat(Measure.OPEN_CARE_PLACEMENT.appealCategory()).isEqualTo(AppealInstructions.Category.LSL_OPEN_CARE);
  }

  @Test
  void decisionsListedInLsl90GoStraightToTheAdministrativeCourt() {
    assertThat(AppealInstructions.routeFor(AppealInstructions.Category.LSL_90_DIRECT_TO_COURT))
        .isEqualTo(AppealInstructions.Route.ADMINISTRATIVE_COURT);
  }
}
