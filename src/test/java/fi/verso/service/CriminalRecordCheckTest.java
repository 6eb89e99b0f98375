package fi.verso.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.service.CriminalRecordCheck.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CriminalRecordCheckTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void aCheckIsValidUntilTheDayBeforeItsFifthAnniversary() {
    assertThat(CriminalRecordCheck.status(LocalDate.of(2021, 3, 11), TODAY)).isEqualTo(Status.VALID);
    assertThat(CriminalRecordCheck.status(TODAY, TODAY)).isEqualTo(Status.VALID);
  }

  @Test
  void aCheckFiveYearsOldOrOlderIsExpiredAndFlagged() {
    assertThat(CriminalRecordCheck.status(LocalDate.of(2021, 3, 10), TODAY)).isEqualTo(Status.EXPIRED);
    assertThat(CriminalRecordCheck.status(LocalDate.of(2015, 6, 1), TODAY)).isEqualTo(Status.EXPIRED);
    assertThat(Status.EXPIRED.flagged()).isTrue();
    assertThat(Status.VALID.flagged()).isFalse();
  }

  @Test
  void noCheckOrOneDatedInTheFutureCountsAsMissing() {
    assertThat(CriminalRecordCheck.status(null, TODAY)).isEqualTo(Status.MISSING);
    assertThat(CriminalRecordCheck.status(TODAY.plusDays(1), TODAY)).isEqualTo(Status.MISSING);
    assertThat(Status.MISSING.flagged()).isTrue();
  }

  @Test
  void aCheckOnLeapDayExpiresOnTheLastDayOfFebruaryFiveYearsOn() {
    assertThat(CriminalRecordCheck.expiresOn(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
  }

  @Test
  void onlyAnAvailableProviderWithAValidCheckCanTakeAChild() {
    assertThat(SupportMatching.problems(Availability.AVAILABLE, Status.VALID)).isEmpty();
    assertThat(SupportMatching.problems(Availability.AVAILABLE, Status.EXPIRED)).containsExactly("service.error.criminalRecordCheck");
    assertThat(SupportMatching.problems(Availability.FULL, Status.VALID)).containsExactly("service.error.providerNotAvailable");
    assertThat(SupportMatching.problems(Availability.PAUSED, Status.MISSING))
        .containsExactly("service.error.providerNotAvailable", "service.error.criminalRecordCheck");
  }
}
