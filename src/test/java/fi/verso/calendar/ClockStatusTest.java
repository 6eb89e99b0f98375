package fi.verso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.verso.calendar.ClockStatus.State;
import org.junit.jupiter.api.Test;

class ClockStatusTest {
  @Test
  void factoriesSetOnlyTheirOwnCount() {
    assertThat(ClockStatus.dueLater(3)).isEqualTo(new ClockStatus(State.DUE_LATER, 3, 0));
    assertThat(ClockStatus.dueToday()).isEqualTo(new ClockStatus(State.DUE_TODAY, 0, 0));
    assertThat(ClockStatus.overdue(2)).isEqualTo(new ClockStatus(State.OVERDUE, 0, 2));
  }

  @Test
  void contradictoryStatusesCannotBeMade() {
    assertThatThrownBy(() -> new ClockStatus(State.DUE_TODAY, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClockStatus(State.DUE_LATER, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClockStatus.overdue(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClockStatus(null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
