package fi.verso.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionStateTest {
  @Test
  void aDecisionMovesOnlyFromDraftToDecidedToSent() {
    assertThat(DecisionState.DRAFT.canMoveTo(DecisionState.DECIDED)).isTrue();
    assertThat(DecisionState.DECIDED.canMoveTo(DecisionState.SENT)).isTrue();
    assertThat(DecisionState.DRAFT.canMoveTo(DecisionState.SENT)).isFalse();
    assertThat(DecisionState.DECIDED.canMoveTo(DecisionState.DRAFT)).isFalse();
    assertThat(DecisionState.SENT.next()).isEmpty();
  }
}
