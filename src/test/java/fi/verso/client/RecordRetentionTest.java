package fi.verso.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordRetentionTest {
  @Test
  void familyServiceRecordsAreKeptThirtyYearsAfterClosing() {
    assertThat(RecordRetention.onClosing("SHL_SPECIAL_SUPPORT", LocalDate.of(2026, 2, 28)))
        .isEqualTo(new RecordRetention.Retention(
            RecordRetention.Basis.THIRTY_YEARS_AFTER_CLOSING, Optional.of(LocalDate.of(2056, 2, 28))));
  }

  @Test
  void childWelfareRecordsAreKeptUntilTwoYearsAfterDeathSoNoDateIsSetAtClosing() {
    assertThat(RecordRetention.onClosing("CHILD_WELFARE", LocalDate.of(2026, 2, 28)))
        .isEqualTo(new RecordRetention.Retention(RecordRetention.Basis.TWO_YEARS_AFTER_DEATH, Optional.empty()));
  }
}
