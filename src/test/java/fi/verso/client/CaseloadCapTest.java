package fi.verso.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CaseloadCapTest {
  private static final LocalDate DAY_2026 = LocalDate.of(2026, 3, 10);

  @Test
  void theCapIsThirtyFromTheStartOf2024() {
    assertThat(CaseloadCap.capOn(LocalDate.of(2024, 1, 1))).isEqualTo(OptionalInt.of(30));
    assertThat(CaseloadCap.capOn(DAY_2026)).isEqualTo(OptionalInt.of(30));
  }

  @Test
  void theCapWasThirtyFiveIn2022And2023() {
    assertThat(CaseloadCap.capOn(LocalDate.of(2022, 1, 1))).isEqualTo(OptionalInt.of(35));
    assertThat(CaseloadCap.capOn(LocalDate.of(2023, 12, 31))).isEqualTo(OptionalInt.of(35));
  }

  @Test
  void beforeTheLawSetACapThereIsNone() {
    assertThat(CaseloadCap.capOn(LocalDate.of(2021, 12, 31))).isEmpty();
    assertThat(CaseloadCap.assign(100, true, LocalDate.of(2021, 6, 1)).allowed()).isTrue();
  }

  @Test
  void aWorkerWithTwentyNineChildrenMayTakeTheThirtieth() {
    CaseloadCap.Assignment a = CaseloadCap.assign(29, true, DAY_2026);
    assertThat(a.allowed()).isTrue();
    assertThat(a.currentCount()).isEqualTo(29);
  }

  @Test
  void aWorkerWithThirtyChildrenMayNotTakeTheThirtyFirst() {
    CaseloadCap.Assignment a = CaseloadCap.assign(30, true, DAY_2026);
    assertThat(a.allowed()).isFalse();
    assertThat(a.currentCount()).isEqualTo(30);
    assertThat(a.cap()).isEqualTo(OptionalInt.of(30));
  }

  @Test
  void in2023AWorkerMayHaveThirtyFiveChildrenButNotThirtySix() {
    LocalDate day = LocalDate.of(2023, 6, 1);
    assertThat(CaseloadCap.assign(34, true, day).allowed()).isTrue();
    assertThat(CaseloadCap.assign(35, true, day).allowed()).isFalse();
    // The same caseload on New Year's Day 2024 is already over the new cap.
    assertThat(CaseloadCap.assign(34, true, LocalDate.of(2024, 1, 1)).allowed()).isFalse();
  }

  @Test
  void aChildWhoDoesNotCountCanBeAssignedEvenAtTheCap() {
    assertThat(CaseloadCap.assign(30, false, DAY_2026).allowed()).isTrue();
  }

  @Test
  void aChildDropsOutOfTheCountOnTheirEighteenthBirthday() {
    Optional<LocalDate> born = Optional.of(LocalDate.of(2008, 3, 11));
    assertThat(CaseloadCap.counts(born, LocalDate.of(2026, 3, 10))).isTrue();
    assertThat(CaseloadCap.counts(born, LocalDate.of(2026, 3, 11))).isFalse();
  }

  @Test
  void aNewbornCountsFromBirthAndAnUnbornChildDoesNot() {
    assertThat(CaseloadCap.counts(Optional.of(DAY_2026), DAY_2026)).isTrue();
    assertThat(CaseloadCap.counts(Optional.of(DAY_2026.plusDays(1)), DAY_2026)).isFalse();
  }

  @Test
  void aChildWithAnUnknownBirthDateCountsSoThatTheCapCannotBeExceededUnseen() {
    assertThat(CaseloadCap.counts(Optional.empty(), DAY_2026)).isTrue();
  }

  @Test
  void theCountTakesOnlyChildrenAgedZeroToSeventeenOnTheDay() {
    List<Optional<LocalDate>> birthDates = new ArrayList<>(Collections.nCopies(29, Optional.of(LocalDate.of(2015, 1, 1))));
    birthDates.add(Optional.of(LocalDate.of(2008, 3, 11)));
    assertThat(CaseloadCap.count(birthDates, LocalDate.of(2026, 3, 10))).isEqualTo(30);
    assertThat(CaseloadCap.count(birthDates, LocalDate.of(2026, 3, 11))).isEqualTo(29);
  }

  @Test
  void theStandingSaysWhetherAWorkerIsBelowAtOrOverTheCap() {
    assertThat(CaseloadCap.Standing.of(29, OptionalInt.of(30))).isEqualTo(CaseloadCap.Standing.BELOW);
    assertThat(CaseloadCap.Standing.of(30, OptionalInt.of(30))).isEqualTo(CaseloadCap.Standing.AT_CAP);
    assertThat(CaseloadCap.Standing.of(31, OptionalInt.of(30))).isEqualTo(CaseloadCap.Standing.OVER_CAP);
    assertThat(CaseloadCap.Standing.of(99, OptionalInt.empty())).isEqualTo(CaseloadCap.Standing.BELOW);
  }
}
