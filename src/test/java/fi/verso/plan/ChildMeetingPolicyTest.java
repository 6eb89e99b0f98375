package fi.verso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildMeetingPolicyTest {
  private static final LocalDate FIRST_PLAN = LocalDate.of(2026, 1, 5);

  @Test
  void theNextMeetingIsDueThePlansIntervalAfterTheLastPersonalMeeting() {
    assertThat(ChildMeetingPolicy.nextMeetingDue(Optional.of(LocalDate.of(2026, 3, 2)), FIRST_PLAN, 4))
        .isEqualTo(LocalDate.of(2026, 3, 30));
  }

  @Test
  void aChildNeverMetIsDueThePlansIntervalAfterTheFirstPlan() {
    assertThat(ChildMeetingPolicy.nextMeetingDue(Optional.empty(), FIRST_PLAN, 2)).isEqualTo(LocalDate.of(2026, 1, 19));
  }

  @Test
  void aMeetingBeforeTheFirstPlanStillCounts() {
    // Met in the assessment long before the plan: the interval has long run out.
    assertThat(ChildMeetingPolicy.nextMeetingDue(Optional.of(LocalDate.of(2025, 10, 1)), FIRST_PLAN, 4))
        .isEqualTo(LocalDate.of(2025, 10, 29));
  }

  @Test
  void theFrequencyIsExceededTheDayAfterTheDueDate() {
    LocalDate due = LocalDate.of(2026, 3, 30);
    assertThat(ChildMeetingPolicy.status(due, due).isOverdue()).isFalse();
    assertThat(ChildMeetingPolicy.status(due, due.plusDays(1))).isEqualTo(new DueStatus(DueStatus.State.OVERDUE, 1));
    assertThat(ChildMeetingPolicy.status(due, due.minusDays(ChildMeetingPolicy.WARNING_DAYS)).state())
        .isEqualTo(DueStatus.State.SOON);
    assertThat(ChildMeetingPolicy.status(due, due.minusDays(ChildMeetingPolicy.WARNING_DAYS + 1)).state())
        .isEqualTo(DueStatus.State.LATER);
  }

  @Test
  void anIntervalIsAtLeastOneWeek() {
    assertThatThrownBy(() -> ChildMeetingPolicy.nextMeetingDue(Optional.empty(), FIRST_PLAN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
