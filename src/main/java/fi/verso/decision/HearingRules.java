package fi.verso.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who must be heard before a decision (HL 434/2003 34 §): every guardian as a party, and a child aged 12 or
 * over separately, with a record of their own (LSL 21 §). A record is either the hearing itself (when, how, what
 * was said) or the written reason why the decision could be made without it (HL 34 § 2 mom). A younger child's
 * views are found out and recorded too (LSL 20 §), but they do not hold the decision up.
 */
public final class HearingRules {
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);

  private HearingRules() {}

  /** The grounds of HL 34 § 2 mom that apply to decisions on support measures. */
  public enum ExceptionGround {
    /** 5 kohta: the party's claim is granted. */
    CLAIM_GRANTED,
    /** 5 kohta: hearing is for another reason manifestly unnecessary. */
    MANIFESTLY_UNNECESSARY,
    /** 4 kohta: hearing could endanger the purpose of the decision, or delay would cause considerable harm. */
    ENDANGERS_PURPOSE
  }

  /** @param missing parties who must be heard and have no record of a hearing or an exception */
  public record Assessment(List<Party> required, List<Party> missing) {
    public boolean permitsDecision() {
      return missing.isEmpty();
    }
  }

  public static List<Party> toBeHeard(Party child, List<Party> guardians, LocalDate decisionDate) {
    List<Party> parties = new ArrayList<>(guardians);
    if (ChildAge.hasOwnVoice(child.birthDate(), decisionDate)) {
      parties.add(child);
    }
    return List.copyOf(parties);
  }

  /** @param recorded people with a hearing record (heard, or excepted with a reason) on this decision */
  public static Assessment assess(Party child, List<Party> guardians, LocalDate decisionDate, Set<UUID> recorded) {
    List<Party> required = toBeHeard(child, guardians, decisionDate);
    return new Assessment(required, required.stream().filter(p -> !recorded.contains(p.personId())).toList());
  }
}
