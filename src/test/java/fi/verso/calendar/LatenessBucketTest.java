package fi.verso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LatenessBucketTest {
  @ParameterizedTest(name = "{0} working days late: {1}")
  @CsvSource({
    "1, DAYS_1_TO_7",
    "7, DAYS_1_TO_7",
    "8, DAYS_8_TO_14",
    "14, DAYS_8_TO_14",
    "15, DAYS_15_TO_30",
    "30, DAYS_15_TO_30",
    "31, OVER_30",
    "400, OVER_30",
    "2147483647, OVER_30"
  })
  void lateStartsFallIntoThlsBuckets(int workingDaysLate, LatenessBucket bucket) {
    assertThat(LatenessBucket.of(workingDaysLate)).isEqualTo(bucket);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, -2147483648})
  void aStartThatWasNotLateHasNoBucket(int workingDaysLate) {
    assertThatThrownBy(() -> LatenessBucket.of(workingDaysLate))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 6, 7, 8, 13, 14, 15, 29, 30, 31, 32})
  void bucketsCoverEveryLatenessWithoutGaps(int workingDaysLate) {
    LatenessBucket bucket = LatenessBucket.of(workingDaysLate);
    assertThat(workingDaysLate).isBetween(bucket.fromDays(), bucket.toDays());
  }
}
