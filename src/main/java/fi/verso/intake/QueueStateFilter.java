package fi.verso.intake;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Which matters the queue shows, by state; {@code ?state=} carries {@link #param()}. */
public enum QueueStateFilter {
  OPEN(EnumSet.of(MatterState.RECEIVED)),
  STARTED(EnumSet.of(MatterState.ASSESSMENT_STARTED)),
  NOT_STARTED(EnumSet.of(MatterState.NOT_STARTED)),
  TRANSFERRED(EnumSet.of(MatterState.TRANSFERRED)),
  ALL(EnumSet.allOf(MatterState.class));

  private final Set<MatterState> states;

  QueueStateFilter(Set<MatterState> states) {
    this.states = states;
  }

  public Set<MatterState> states() {
    return states;
  }

  public String param() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The filter a parameter names; the open matters when it names none (the queue's first view). */
  public static QueueStateFilter fromParam(String param) {
    if (param != null) {
      for (QueueStateFilter f : values()) {
        if (f.param().equals(param.trim())) {
          return f;
        }
      }
    }
    return OPEN;
  }
}
