package fi.verso.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.intake.IntakeSubmission.ChildDetails;
import fi.verso.intake.IntakeSubmission.ContactConsent;
import fi.verso.intake.IntakeSubmission.Prenatal;
import fi.verso.intake.IntakeSubmission.Reporter;
import fi.verso.shared.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {
  static final Instant NOW = Instant.parse("2026-03-03T08:00:00Z");
  static final ChildDetails CHILD =
      new ChildDetails("Matti", "Meikäläinen", null, LocalDate.of(2016, 5, 1), null, null, null, null);
  static final Reporter ANONYMOUS =
      new Reporter(ReporterType.PRIVATE_PERSON, true, null, null, null, null, null, null, null);
  static final Reporter TEACHER =
      new Reporter(
          ReporterType.MANDATED_REPORTER, false, "Olli Opettaja", "opettaja",
          MandatedReporterOrganisation.EDUCATION, null, "040 1234567", null, PoliceNotification.NOT_NEEDED);

  static IntakeSubmission notification(Reporter reporter, ChildDetails child) {
    return new IntakeSubmission(
        MatterKind.CHILD_WELFARE_NOTIFICATION, Channel.ELECTRONIC, null, reporter, child, null, null,
        "Lapsi on usein yksin kotona myöhään illalla.", Knowledge.NO, Knowledge.UNKNOWN);
  }

  static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  @Test
  void aPrivatePersonMayNotifyAnonymously() {
    assertThat(SubmissionRules.check(notification(ANONYMOUS, CHILD), NOW)).isEmpty();
  }

  @Test
  void aPrivatePersonWhoGivesTheirNameMustAlsoGiveAWayToBeReached() {
    Reporter named = new Reporter(ReporterType.PRIVATE_PERSON, false, "Naapuri", null, null, null, null, null, null);
    assertThat(SubmissionRules.check(notification(named, CHILD), NOW))
        .containsExactly(new FieldProblem("reporter.phone", "intake.error.contactRequired"));
  }

  @Test
  void aMandatedReporterCannotBeAnonymousAndMustGiveNameProfessionOrganisationAndContact() {
    Reporter bare = new Reporter(ReporterType.MANDATED_REPORTER, true, null, null, null, null, null, null, null);
    assertThat(fields(SubmissionRules.check(notification(bare, CHILD), NOW)))
        .containsExactlyInAnyOrder(
            "reporter.anonymous", "reporter.name", "reporter.phone", "reporter.profession", "reporter.organisation");
  }

  @Test
  void aMandatedReporterWithAllDetailsPasses() {
    assertThat(SubmissionRules.check(notification(TEACHER, CHILD), NOW)).isEmpty();
  }

  @Test
  void theChildNeedsANameAndAHenkilotunnusOrBirthDateOrAge() {
    ChildDetails nothing = new ChildDetails(null, null, null, null, null, null, null, null);
    assertThat(fields(SubmissionRules.check(notification(ANONYMOUS, nothing), NOW)))
        .containsExactlyInAnyOrder("child.firstName", "child.birthDate");
    ChildDetails withAge = new ChildDetails("Matti", null, null, null, 7, null, null, null);
    assertThat(SubmissionRules.check(notification(ANONYMOUS, withAge), NOW)).isEmpty();
  }

  @Test
  void anInvalidHenkilotunnusSaysWhatIsWrong() {
    ChildDetails typo = new ChildDetails("Matti", null, "010516A903Y", null, null, null, null, null);
    assertThat(SubmissionRules.check(notification(ANONYMOUS, typo), NOW))
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "child.personalIdentityCode", "person.pic.error.CHECK_CHARACTER_MISMATCH"));
  }

  @Test
  void aValidHenkilotunnusWithTheNewCenturySignsIsAccepted() {
    ChildDetails child = new ChildDetails("Matti", null, "010516B903X", null, null, null, null, null);
    assertThat(SubmissionRules.check(notification(ANONYMOUS, child), NOW)).isEmpty();
  }

  @Test
  void aNotificationAsksWhetherTheChildAndGuardiansKnow() {
    IntakeSubmission s =
        new IntakeSubmission(
            MatterKind.CHILD_WELFARE_NOTIFICATION, Channel.ELECTRONIC, null, ANONYMOUS, CHILD, null, null,
            "huoli", null, null);
    assertThat(fields(SubmissionRules.check(s, NOW))).containsExactlyInAnyOrder("childKnows", "guardiansKnow");
  }

  @Test
  void onlyMandatedReportersMakePrenatalNotifications() {
    IntakeSubmission s =
        new IntakeSubmission(
            MatterKind.PRENATAL_NOTIFICATION, Channel.ELECTRONIC, null, ANONYMOUS, null,
            new Prenatal("Odottava äiti", LocalDate.of(2026, 6, 1)), null, "huoli", null, null);
    assertThat(fields(SubmissionRules.check(s, NOW))).containsExactly("reporter.type");
  }

  @Test
  void theExpectedBirthDateMustBeInTheFutureAndWithinTenMonths() {
    LocalDate today = LocalDate.of(2026, 3, 3);
    assertThat(prenatalProblems(today)).containsExactly("intake.error.expectedBirthNotFuture");
    assertThat(prenatalProblems(today.plusDays(1))).isEmpty();
    assertThat(prenatalProblems(today.plusMonths(10))).isEmpty();
    assertThat(prenatalProblems(today.plusMonths(10).plusDays(1))).containsExactly("intake.error.expectedBirthTooFar");
  }

  private static List<String> prenatalProblems(LocalDate expected) {
    IntakeSubmission s =
        new IntakeSubmission(
            MatterKind.PRENATAL_NOTIFICATION, Channel.ELECTRONIC, null, TEACHER, null,
            new Prenatal("Odottava äiti", expected), null, "huoli", null, null);
    return SubmissionRules.check(s, NOW).stream().map(FieldProblem::messageKey).toList();
  }

  @Test
  void aProfessionalsContactRequestStatesItsBasisAndWithoutConsentTheReason() {
    IntakeSubmission noBasis =
        new IntakeSubmission(
            MatterKind.CONTACT_REQUEST, Channel.ELECTRONIC, null, TEACHER, CHILD, null, null, "tuen tarve", null, null);
    assertThat(fields(SubmissionRules.check(noBasis, NOW))).containsExactly("contact.basis");
    IntakeSubmission withoutConsent =
        new IntakeSubmission(
            MatterKind.CONTACT_REQUEST, Channel.ELECTRONIC, null, TEACHER, CHILD, null,
            new ContactConsent(ContactBasis.WITHOUT_CONSENT, null), "tuen tarve", null, null);
    assertThat(fields(SubmissionRules.check(withoutConsent, NOW))).containsExactly("contact.withoutConsentReason");
  }

  @Test
  void onlyAGuardianAppliesForFamilyWork() {
    IntakeSubmission s =
        new IntakeSubmission(
            MatterKind.FAMILY_WORK_APPLICATION, Channel.ELECTRONIC, null, TEACHER, CHILD, null, null, "apua", null, null);
    assertThat(fields(SubmissionRules.check(s, NOW))).containsExactly("reporter.type");
  }

  @Test
  void aRegisteredReceivedTimeCannotBeInTheFuture() {
    IntakeSubmission s =
        new IntakeSubmission(
            MatterKind.CHILD_WELFARE_NOTIFICATION, Channel.PHONE, NOW.plusSeconds(60), ANONYMOUS, CHILD, null, null,
            "huoli", Knowledge.NO, Knowledge.NO);
    assertThat(fields(SubmissionRules.check(s, NOW))).containsExactly("receivedAt");
  }

  @Test
  void overlongTextIsRefusedWithTheLimit() {
    IntakeSubmission s =
        new IntakeSubmission(
            MatterKind.CHILD_WELFARE_NOTIFICATION, Channel.ELECTRONIC, null, ANONYMOUS, CHILD, null, null,
            "x".repeat(SubmissionRules.MAX_TEXT + 1), Knowledge.NO, Knowledge.NO);
    assertThat(SubmissionRules.check(s, NOW))
        .containsExactly(new FieldProblem("concern", "intake.error.tooLong", List.of(SubmissionRules.MAX_TEXT)));
  }
}
