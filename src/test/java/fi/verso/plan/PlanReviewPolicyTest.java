package fi.verso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanReviewPolicyTest {

  @Test
  void aChildWelfarePlanIsReviewedAtTheLatestTwelveMonthsAfterItWasMade() {
    assertThat(PlanReviewPolicy.reviewDue(PlanBasis.CHILD_WELFARE, LocalDate.of(2026, 3, 15)))
        .contains(LocalDate.of(2027, 3, 15));
  }

  @Test
  void aPlanMadeOnLeapDayIsDueOnTheLastDayOfFebruary() {
    assertThat(PlanReviewPolicy.reviewDue(PlanBasis.CHILD_WELFARE, LocalDate.of(2028, 2, 29)))
        .contains(LocalDate.of(2029, 2, 28));
  }

  @Test
  void aReviewDueOnASundayIsNotMovedToMonday() {
    // 14.3.2027 is a Sunday: the authority's own deadline is warned on the plain date.
    assertThat(PlanReviewPolicy.reviewDue(PlanBasis.CHILD_WELFARE, LocalDate.of(2026, 3, 14)))
        .contains(LocalDate.of(2027, 3, 14));
  }

  @Test
  void anShlPlanForAChildNeedingSpecialSupportHasNoStatutoryReviewDate() {
    assertThat(PlanReviewPolicy.reviewDue(PlanBasis.SHL_SPECIAL_SUPPORT, LocalDate.of(2026, 3, 15))).isEmpty();
  }

  @Test
  void aReviewMoreThanTheWarningPeriodAwayIsDueLater() {
    LocalDate due = LocalDate.of(2027, 3, 15);
    assertThat(PlanReviewPolicy.status(due, due.minusDays(PlanReviewPolicy.WARNING_DAYS + 1)))
        .isEqualTo(new DueStatus(DueStatus.State.LATER, PlanReviewPolicy.WARNING_DAYS + 1));
  }

  @Test
  void aReviewWithinTheWarningPeriodIsDueSoonWithTheDaysLeft() {
    LocalDate due = LocalDate.of(2027, 3, 15);
    assertThat(PlanReviewPolicy.status(due, due.minusDays(PlanReviewPolicy.WARNING_DAYS)))
        .isEqualTo(new DueStatus(DueStatus.State.SOON, PlanReviewPolicy.WARNING_DAYS));
    assertThat(PlanReviewPolicy.status(due, due.minusDays(1))).isEqualTo(new DueStatus(DueStatus.State.SOON, 1));
  }

  @Test
  void onTheDueDateTheReviewIsDueTodayAndTheDayAfterItIsOverdue() {
    LocalDate due = LocalDate.of(2027, 3, 15);
    assertThat(PlanReviewPolicy.status(due, due)).isEqualTo(new DueStatus(DueStatus.State.TODAY, 0));
    DueStatus late = PlanReviewPolicy.status(due, due.plusDays(1));
    assertThat(late).isEqualTo(new DueStatus(DueStatus.State.OVERDUE, 1));
    assertThat(late.isOverdue()).isTrue();
    assertThat(PlanReviewPolicy.status(due, due.plusMonths(1)).days()).isEqualTo(31);
  }

  @Test
  void thePolicyIsDated() {
    assertThat(PlanReviewPolicy.POLICY_DATE).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(PlanReviewPolicy.CHILD_WELFARE_REVIEW_MONTHS).isEqualTo(12);
  }

  @Test
  void aStatusCannotHaveNegativeDays() {
    assertThatThrownBy(() -> new DueStatus(DueStatus.State.LATER, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DueStatus(DueStatus.State.TODAY, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
