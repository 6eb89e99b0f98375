package fi.verso.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HearingRulesTest {
  private static final LocalDate DECISION_DATE = LocalDate.of(2026, 3, 5);
  private static final Party MOTHER = new Party(UUID.randomUUID(), "Maija", PartyRole.GUARDIAN, Optional.empty());

  private static Party childAged(int years) {
    return new Party(UUID.randomUUID(), "Lapsi", PartyRole.CHILD, Optional.of(DECISION_DATE.minusYears(years)));
  }

  @Test
  void aChildOfTwelveNeedsAHearingRecordOfTheirOwn() {
    Party child = childAged(12);

    HearingRules.Assessment guardianOnly =
        HearingRules.assess(child, List.of(MOTHER), DECISION_DATE, Set.of(MOTHER.personId()));
    HearingRules.Assessment both =
        HearingRules.assess(child, List.of(MOTHER), DECISION_DATE, Set.of(MOTHER.personId(), child.personId()));

    assertThat(guardianOnly.missing()).containsExactly(child);
    assertThat(guardianOnly.permitsDecision()).isFalse();
    assertThat(both.permitsDecision()).isTrue();
  }

  @Test
  void aYoungerChildDoesNotHoldTheDecisionUpButEveryGuardianIsHeard() {
    Party child = childAged(11);

    assertThat(HearingRules.assess(child, List.of(MOTHER), DECISION_DATE, Set.of()).missing()).containsExactly(MOTHER);
    assertThat(HearingRules.assess(child, List.of(MOTHER), DECISION_DATE, Set.of(MOTHER.personId())).permitsDecision())
        .isTrue();
  }
}
