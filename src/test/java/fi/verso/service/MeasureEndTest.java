package fi.verso.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.service.MeasureEnd.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasureEndTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void aPeriodIsOverTheDayAfterItsPlannedLastDay() {
    assertThat(MeasureEnd.needsAction(TODAY, null, null, TODAY)).isEmpty();
    assertThat(MeasureEnd.needsAction(TODAY.minusDays(1), null, null, TODAY)).contains(Reason.PERIOD_OVER);
  }

  @Test
  void aDecisionHasEndedOnTheDayItEnds() {
    assertThat(MeasureEnd.needsAction(TODAY.plusMonths(3), TODAY.plusDays(1), null, TODAY)).isEmpty();
    assertThat(MeasureEnd.needsAction(TODAY.plusMonths(3), TODAY, null, TODAY)).contains(Reason.DECISION_ENDED);
  }

  @Test
  void anEndedDecisionComesBeforeAnOverPeriod() {
    assertThat(MeasureEnd.needsAction(TODAY.minusDays(5), TODAY.minusDays(3), null, TODAY)).contains(Reason.DECISION_ENDED);
  }

  @Test
  void aClosedMeasureNeedsNothingMore() {
    assertThat(MeasureEnd.needsAction(TODAY.minusDays(5), TODAY.minusDays(3), TODAY.minusDays(1), TODAY)).isEmpty();
  }
}
