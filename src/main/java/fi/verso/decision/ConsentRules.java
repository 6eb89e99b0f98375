package fi.verso.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose consent a decision needs and whether it is there (LSL 34 §, 37 §; legal-rules.md section 5). Open-care
 * support measures and a placement as one are voluntary: they are granted or changed only with the consent of
 * every guardian and of the child if the child is 12 or over on the decision date. A refusal by any of them
 * blocks the grant. Services under SHL are applied for, so their decisions need no separate consent here.
 *
 * <p>Policy as of {@link #POLICY_DATE}. If open-care measures move into SHL (proposed in 2026), change the
 * measures' basis, not this rule.
 */
public final class ConsentRules {
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);

  private ConsentRules() {}

  /** A recorded consent or refusal. {@code order} breaks ties between records of the same day (later wins). */
  public record Consent(UUID personId, boolean given, LocalDate givenOn, ContactMethod method, long order) {}

  /**
   * @param needed whether the decision needs consent at all
   * @param required everyone whose consent is needed, guardians first
   * @param missing those with no consent or refusal on record
   * @param refused those whose latest record is a refusal
   * @param noGuardianKnown consent is needed but no guardian is recorded for the child
   */
  public record Assessment(
      boolean needed, List<Party> required, List<Party> missing, List<Party> refused, boolean noGuardianKnown) {
    public boolean permitsDecision() {
      return !needed || (missing.isEmpty() && refused.isEmpty() && !noGuardianKnown);
    }
  }

  /** Granting or changing a voluntary measure needs consent; refusing or ending one does not. */
  public static boolean needsConsent(Measure measure, DecisionType type) {
    return measure.requiresConsent() && type.providesMeasure();
  }

  /** Every guardian, and the child when 12 or over on the decision date (or of unknown age). */
  public static List<Party> consentersOf(Party child, List<Party> guardians, LocalDate decisionDate) {
    List<Party> parties = new ArrayList<>(guardians);
    if (ChildAge.hasOwnVoice(child.birthDate(), decisionDate)) {
      parties.add(child);
    }
    return List.copyOf(parties);
  }

  /**
   * Where consent stands on the decision date. Only records dated on or before it count, and of those the
   * latest per person: a consent withdrawn by a later refusal is a refusal.
   */
  public static Assessment assess(
      Measure measure,
      DecisionType type,
      LocalDate decisionDate,
      Party child,
      List<Party> guardians,
      List<Consent> consents) {
    if (!needsConsent(measure, type)) {
      return new Assessment(false, List.of(), List.of(), List.of(), false);
    }
    List<Party> required = consentersOf(child, guardians, decisionDate);
    Map<UUID, Consent> latest = latestPerPerson(consents, decisionDate);
    List<Party> missing = new ArrayList<>();
    List<Party> refused = new ArrayList<>();
    for (Party party : required) {
      Optional<Consent> consent = Optional.ofNullable(latest.get(party.personId()));
      if (consent.isEmpty()) {
        missing.add(party);
      } else if (!consent.get().given()) {
        refused.add(party);
      }
    }
    return new Assessment(true, required, List.copyOf(missing), List.copyOf(refused), guardians.isEmpty());
  }

  private static Map<UUID, Consent> latestPerPerson(List<Consent> consents, LocalDate decisionDate) {
    Map<UUID, Consent> latest = new HashMap<>();
    Comparator<Consent> order = Comparator.comparing(Consent::givenOn).thenComparingLong(Consent::order);
    for (Consent consent : consents) {
      if (consent.givenOn().isAfter(decisionDate)) {
        continue;
      }
      latest.merge(consent.personId(), consent, (a, b) -> order.compare(a, b) >= 0 ? a : b);
    }
    return latest;
  }
}
