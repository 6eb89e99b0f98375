package fi.verso.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {
  private static final LocalDate DECISION_DATE = LocalDate.of(2026, 3, 5);

  private static final Party MOTHER = guardian("Maija Virtanen");
  private static final Party FATHER = guardian("Matti Virtanen");
  private long order;

  private static Party guardian(String name) {
    return new Party(UUID.randomUUID(), name, PartyRole.GUARDIAN, Optional.empty());
  }

  private static Party childBorn(LocalDate birthDate) {
    return new Party(UUID.randomUUID(), "Lapsi Virtanen", PartyRole.CHILD, Optional.of(birthDate));
  }

  private ConsentRules.Consent gives(Party party) {
    return new ConsentRules.Consent(party.personId(), true, DECISION_DATE.minusDays(3), ContactMethod.IN_PERSON, ++order);
  }

  private ConsentRules.Consent refuses(Party party, LocalDate on) {
    return new ConsentRules.Consent(party.personId(), false, on, ContactMethod.PHONE, ++order);
  }

  private static ConsentRules.Assessment grant(Party child, List<Party> guardians, List<ConsentRules.Consent> consents) {
    return ConsentRules.assess(Measure.INTENSIFIED_FAMILY_WORK, DecisionType.GRANT, DECISION_DATE, child, guardians, consents);
  }

  @Test
  void aGuardianWhoRefusesBlocksTheGrant() {
    Party child = childBorn(LocalDate.of(2020, 1, 1));

    ConsentRules.Assessment a = grant(child, List.of(MOTHER, FATHER), List.of(gives(MOTHER), refuses(FATHER, DECISION_DATE)));

    assertThat(a.permitsDecision()).isFalse();
    assertThat(a.refused()).containsExactly(FATHER);
    assertThat(a.missing()).isEmpty();
  }

  @Test
  void withTwoGuardiansTheOneWhoseConsentIsMissingIsNamed() {
    Party child = childBorn(LocalDate.of(2020, 1, 1));

    ConsentRules.Assessment a = grant(child, List.of(MOTHER, FATHER), List.of(gives(MOTHER)));

    assertThat(a.permitsDecision()).isFalse();
    assertThat(a.missing()).extracting(Party::name).containsExactly("Matti Virtanen");
  }

  @Test
  void everyGuardiansConsentIsEnoughForAChildUnderTwelve() {
    Party child = childBorn(LocalDate.of(2020, 1, 1));

    ConsentRules.Assessment a = grant(child, List.of(MOTHER, FATHER), List.of(gives(MOTHER), gives(FATHER)));

    assertThat(a.permitsDecision()).isTrue();
    assertThat(a.required()).containsExactly(MOTHER, FATHER);
  }

  @Test
  void aChildOfElevenOnTheDecisionDateNeedNotConsent() {
    Party eleven = childBorn(DECISION_DATE.minusYears(12).plusDays(1));

    ConsentRules.Assessment a = grant(eleven, List.of(MOTHER), List.of(gives(MOTHER)));

    assertThat(a.required()).containsExactly(MOTHER);
    assertThat(a.permitsDecision()).isTrue();
  }

  @Test
  void aChildWhoTurnsTwelveOnTheDecisionDateMustConsent() {
    Party twelve = childBorn(DECISION_DATE.minusYears(12));

    ConsentRules.Assessment without = grant(twelve, List.of(MOTHER), List.of(gives(MOTHER)));
    ConsentRules.Assessment with = grant(twelve, List.of(MOTHER), List.of(gives(MOTHER), gives(twelve)));

    assertThat(without.missing()).containsExactly(twelve);
    assertThat(without.permitsDecision()).isFalse();
    assertThat(with.permitsDecision()).isTrue();
  }

  @Test
  void aChildWhoseAgeIsUnknownIsAskedForConsent() {
    Party unknown = new Party(UUID.randomUUID(), "Lapsi", PartyRole.CHILD, Optional.empty());

    assertThat(grant(unknown, List.of(MOTHER), List.of(gives(MOTHER))).missing()).containsExactly(unknown);
  }

  @Test
  void aLaterRefusalWithdrawsAnEarlierConsent() {
    Party child = childBorn(LocalDate.of(2020, 1, 1));

    ConsentRules.Assessment a = grant(child, List.of(MOTHER), List.of(gives(MOTHER), refuses(MOTHER, DECISION_DATE)));

    assertThat(a.refused()).containsExactly(MOTHER);
    assertThat(a.permitsDecision()).isFalse();
  }

  @Test
  void aConsentDatedAfterTheDecisionDateDoesNotCount() {
    Party child = childBorn(LocalDate.of(2020, 1, 1));
    ConsentRules.Consent tomorrow =
        new ConsentRules.Consent(MOTHER.personId(), true, DECISION_DATE.plusDays(1), ContactMethod.WRITTEN, 1);

    assertThat(grant(child, List.of(MOTHER), List.of(tomorrow)).missing()).containsExactly(MOTHER);
  }

  @Test
  void aMeasureNeedingConsentCannotBeGrantedWhenNoGuardianIsKnown() {
    Party child = childBorn(LocalDate.of(2020, 1, 1));

    ConsentRules.Assessment a = grant(child, List.of(), List.of());

    assertThat(a.noGuardianKnown()).isTrue();
    assertThat(a.permitsDecision()).isFalse();
  }

  @Test
  void openCareMeasuresAndThePlacementNeedConsentToBeGrantedOrChangedButNotToBeRefusedOrEnded() {
    for (Measure m : Measure.values()) {
      boolean lsl = m.basis() != Measure.Basis.SHL_SERVICE;
      assertThat(ConsentRules.needsConsent(m, DecisionType.GRANT)).as(m.name()).isEqualTo(lsl);
      assertThat(ConsentRules.needsConsent(m, DecisionType.CHANGE)).as(m.name()).isEqualTo(lsl);
      assertThat(ConsentRules.needsConsent(m, DecisionType.REFUSE)).as(m.name()).isFalse();
      assertThat(ConsentRules.needsConsent(m, DecisionType.END)).as(m.name()).isFalse();
    }
    assertThat(ConsentRules.needsConsent(Measure.OPEN_CARE_PLACEMENT, DecisionType.GRANT)).isTrue();
    assertThat(ConsentRules.needsConsent(Measure.FAMILY_WORK, DecisionType.GRANT)).isFalse();
  }

  @Test
  void anShlServiceIsGrantedWithoutSeparateConsent() {
    Party child = childBorn(LocalDate.of(2010, 1, 1));

    ConsentRules.Assessment a =
        ConsentRules.assess(Measure.FAMILY_WORK, DecisionType.GRANT, DECISION_DATE, child, List.of(MOTHER), List.of());

    assertThat(a.needed()).isFalse();
    assertThat(a.permitsDecision()).isTrue();
  }

  @Test
  void aChildBornOnLeapDayTurnsTwelveOnTheFirstOfMarchInOtherYears() {
    Optional<LocalDate> leapDay = Optional.of(LocalDate.of(2013, 2, 28).minusYears(1).plusDays(1));
    assertThat(leapDay.get()).isEqualTo(LocalDate.of(2012, 2, 29));

    assertThat(ChildAge.on(leapDay, LocalDate.of(2024, 2, 28)).getAsInt()).isEqualTo(11);
    assertThat(ChildAge.on(leapDay, LocalDate.of(2024, 2, 29)).getAsInt()).isEqualTo(12);
    assertThat(ChildAge.on(leapDay, LocalDate.of(2025, 2, 28)).getAsInt()).isEqualTo(12);
    assertThat(ChildAge.on(Optional.of(LocalDate.of(2008, 2, 29)), LocalDate.of(2021, 2, 28)).getAsInt()).isEqualTo(12);
    assertThat(ChildAge.on(Optional.of(LocalDate.of(2008, 2, 29)), LocalDate.of(2021, 3, 1)).getAsInt()).isEqualTo(13);
  }
}
