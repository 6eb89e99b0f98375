package fi.verso.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacementReassessmentTest {
  @Test
  void aPlacementIsReassessedWithinThreeMonthsOfItsStartAndThenEveryThreeMonths() {
    LocalDate start = LocalDate.of(2026, 1, 15);

    assertThat(PlacementReassessment.nextDue(start, Optional.empty())).isEqualTo(LocalDate.of(2026, 4, 15));
    assertThat(PlacementReassessment.nextDue(start, Optional.of(LocalDate.of(2026, 4, 10)))).isEqualTo(LocalDate.of(2026, 7, 10));
  }

  @Test
  void aMonthWithoutTheSameDayEndsOnItsLastDay() {
    assertThat(PlacementReassessment.nextDue(LocalDate.of(2025, 11, 30), Optional.empty())).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void theReassessmentComesUpThreeWeeksBeforeItIsDueAndIsOverdueAfter() {
    LocalDate due = LocalDate.of(2026, 4, 15);

    assertThat(PlacementReassessment.status(due, LocalDate.of(2026, 3, 24))).isEqualTo(PlacementReassessment.Status.LATER);
    assertThat(PlacementReassessment.status(due, LocalDate.of(2026, 3, 25))).isEqualTo(PlacementReassessment.Status.SOON);
    assertThat(PlacementReassessment.status(due, due)).isEqualTo(PlacementReassessment.Status.SOON);
    assertThat(PlacementReassessment.status(due, due.plusDays(1))).isEqualTo(PlacementReassessment.Status.OVERDUE);
  }
}
