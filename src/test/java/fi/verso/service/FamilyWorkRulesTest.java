package fi.verso.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.shared.web.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FamilyWorkRulesTest {
  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void hoursAreTypedWithACommaOrAPoint() {
    assertThat(FamilyWorkRules.hours("1,5")).contains(new BigDecimal("1.50"));
    assertThat(FamilyWorkRules.hours("1.5")).contains(new BigDecimal("1.50"));
    assertThat(FamilyWorkRules.hours(" 2 ")).contains(new BigDecimal("2.00"));
    assertThat(FamilyWorkRules.hours("0,25")).contains(new BigDecimal("0.25"));
    assertThat(FamilyWorkRules.hours("24")).contains(new BigDecimal("24.00"));
  }

  @Test
  void hoursAreMoreThanZeroAtMostADayAndInHundredthsAtTheFinest() {
    assertThat(FamilyWorkRules.hours("0")).isEmpty();
    assertThat(FamilyWorkRules.hours("0,0")).isEmpty();
    assertThat(FamilyWorkRules.hours("24,5")).isEmpty();
    assertThat(FamilyWorkRules.hours("1,255")).isEmpty();
    assertThat(FamilyWorkRules.hours("-1")).isEmpty();
    assertThat(FamilyWorkRules.hours("puolitoista")).isEmpty();
    assertThat(FamilyWorkRules.hours("")).isEmpty();
    assertThat(FamilyWorkRules.hours(null)).isEmpty();
  }

  @Test
  void intensifiedFamilyWorkGoesOnlyWithAChildWelfareRelationship() {
    assertThat(FamilyWorkRules.kindAllowed(FamilyWorkKind.INTENSIFIED_FAMILY_WORK, "CHILD_WELFARE")).isTrue();
    assertThat(FamilyWorkRules.kindAllowed(FamilyWorkKind.INTENSIFIED_FAMILY_WORK, "SHL_SPECIAL_SUPPORT")).isFalse();
    assertThat(FamilyWorkRules.kindAllowed(FamilyWorkKind.FAMILY_WORK, "SHL_SPECIAL_SUPPORT")).isTrue();
    assertThat(FamilyWorkRules.kindAllowed(FamilyWorkKind.FAMILY_WORK, "CHILD_WELFARE")).isTrue();
  }

  @Test
  void aVisitLiesBetweenThePeriodsStartAndToday() {
    assertThat(FamilyWorkRules.visitDates(START, START, null, TODAY)).isEmpty();
    assertThat(FamilyWorkRules.visitDates(START, TODAY, null, TODAY)).isEmpty();
    assertThat(FamilyWorkRules.visitDates(START, TODAY.plusDays(1), null, TODAY))
        .extracting(FieldProblem::messageKey)
        .containsExactly("service.error.visitInFuture");
    assertThat(FamilyWorkRules.visitDates(START, START.minusDays(1), null, TODAY))
        .extracting(FieldProblem::messageKey)
        .containsExactly("service.error.beforePeriodStart");
  }

  @Test
  void theNextVisitComesAfterThisOneAndNotInThePast() {
    assertThat(FamilyWorkRules.visitDates(START, TODAY, TODAY.plusDays(7), TODAY)).isEmpty();
    assertThat(FamilyWorkRules.visitDates(START, TODAY, TODAY, TODAY)).extracting(FieldProblem::field).containsExactly("nextVisit");
    assertThat(FamilyWorkRules.visitDates(START, START, TODAY.minusDays(1), TODAY)).extracting(FieldProblem::field).containsExactly("nextVisit");
  }

  @Test
  void aPeriodEndsOnlyWithASummaryOnADayThatHasCome() {
    assertThat(FamilyWorkRules.ending(START, TODAY, "Tavoitteet saavutettiin.", TODAY)).isEmpty();
    assertThat(FamilyWorkRules.ending(START, TODAY, "  ", TODAY))
        .extracting(FieldProblem::messageKey)
        .containsExactly("service.error.summaryRequired");
    assertThat(FamilyWorkRules.ending(START, TODAY.plusDays(1), null, TODAY))
        .extracting(FieldProblem::messageKey)
        .containsExactly("service.error.endInFuture", "service.error.summaryRequired");
    assertThat(FamilyWorkRules.ending(START, START.minusDays(1), "Yhteenveto", TODAY))
        .extracting(FieldProblem::field)
        .containsExactly("periodEndDate");
  }
}
