package fi.verso.intake;

import fi.verso.shared.web.FieldProblem;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.intake.IntakeSubmission.ChildDetails;
import fi.verso.intake.IntakeSubmission.Reporter;
import fi.verso.person.PersonalIdentityCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a submission must contain, per kind and reporter (LSL 25 §, 25 a §, 25 c §; SHL 35 §). Pure rules:
 * the forms, the workers' registration and the API all go through here, so they cannot drift apart.
 */
public final class SubmissionRules {
  public static final int MAX_TEXT = 10_000;
  public static final int MAX_SHORT = 200;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,20}$");

  private SubmissionRules() {}

  /** All problems at once, so a person can fix everything in one go. Empty when the submission is valid. */
  public static List<FieldProblem> check(IntakeSubmission s, Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    if (s.kind() == null) {
      problems.add(new FieldProblem("kind", "intake.error.required"));
      return problems;
    }
    if (s.channel() == null) {
      problems.add(new FieldProblem("channel", "intake.error.required"));
    }
    if (s.receivedAt() != null && s.receivedAt().isAfter(now)) {
      problems.add(new FieldProblem("receivedAt", "intake.error.receivedInFuture"));
    }
    LocalDate today = HelsinkiTime.dateOf(now);
    checkReporter(s, problems);
    switch (s.kind()) {
      case CHILD_WELFARE_NOTIFICATION -> {
        checkChild(s.child(), problems);
        required(s.childKnows(), "childKnows", problems);
        required(s.guardiansKnow(), "guardiansKnow", problems);
      }
      case PRENATAL_NOTIFICATION -> checkPrenatal(s, today, problems);
      case CONTACT_REQUEST -> {
        checkChild(s.child(), problems);
        checkContactBasis(s, problems);
      }
      case FAMILY_WORK_APPLICATION -> checkChild(s.child(), problems);
    }
    text(s.concern(), "concern", true, MAX_TEXT, problems);
    return problems;
  }

  /** Who may send which kind (LSL 25 c §: prenatal notifications only by mandated reporters). */
  static Set<ReporterType> allowedReporters(MatterKind kind) {
    return switch (kind) {
      case CHILD_WELFARE_NOTIFICATION -> Set.of(ReporterType.values());
      case PRENATAL_NOTIFICATION -> Set.of(ReporterType.MANDATED_REPORTER);
      case CONTACT_REQUEST -> Set.of(ReporterType.GUARDIAN, ReporterType.MANDATED_REPORTER, ReporterType.CHILD, ReporterType.OTHER);
      case FAMILY_WORK_APPLICATION -> Set.of(ReporterType.GUARDIAN);
    };
  }

  /** Only a private person making a child welfare notification may stay anonymous (LSL 25 §). */
  static boolean mayBeAnonymous(MatterKind kind, ReporterType type) {
    return kind == MatterKind.CHILD_WELFARE_NOTIFICATION && type != ReporterType.MANDATED_REPORTER;
  }

  private static void checkReporter(IntakeSubmission s, List<FieldProblem> problems) {
    Reporter r = s.reporter();
    if (r == null || r.type() == null) {
      problems.add(new FieldProblem("reporter.type", "intake.error.required"));
      return;
    }
    if (!allowedReporters(s.kind()).contains(r.type())) {
      problems.add(new FieldProblem("reporter.type", "intake.error.reporterNotAllowed." + s.kind().name()));
      return;
    }
    if (r.anonymous() && !mayBeAnonymous(s.kind(), r.type())) {
      problems.add(new FieldProblem("reporter.anonymous", "intake.error.mandatedCannotBeAnonymous"));
    }
    boolean identified = !r.anonymous() || !mayBeAnonymous(s.kind(), r.type());
    if (identified) {
      text(r.name(), "reporter.name", true, MAX_SHORT, problems);
      boolean hasPhone = !blank(r.phone());
      boolean hasEmail = !blank(r.email());
      if (!hasPhone && !hasEmail) {
        problems.add(new FieldProblem("reporter.phone", "intake.error.contactRequired"));
      }
      if (hasPhone && !PHONE.matcher(r.phone().trim()).matches()) {
        problems.add(new FieldProblem("reporter.phone", "intake.error.phoneFormat"));
      }
      if (hasEmail && (!EMAIL.matcher(r.email().trim()).matches() || r.email().length() > MAX_SHORT)) {
        problems.add(new FieldProblem("reporter.email", "intake.error.emailFormat"));
      }
    }
    if (r.type() == ReporterType.MANDATED_REPORTER) {
      text(r.profession(), "reporter.profession", true, MAX_SHORT, problems);
      if (r.organisationType() == null) {
        problems.add(new FieldProblem("reporter.organisation", "intake.error.organisationRequired"));
      }
    }
    text(r.organisationName(), "reporter.organisationName", false, MAX_SHORT, problems);
  }

  private static void checkChild(ChildDetails c, List<FieldProblem> problems) {
    if (c == null) {
      problems.add(new FieldProblem("child.firstName", "intake.error.childNameRequired"));
      return;
    }
    if (blank(c.firstName()) && blank(c.lastName())) {
      problems.add(new FieldProblem("child.firstName", "intake.error.childNameRequired"));
    }
    text(c.firstName(), "child.firstName", false, MAX_SHORT, problems);
    text(c.lastName(), "child.lastName", false, MAX_SHORT, problems);
    boolean hasPic = !blank(c.personalIdentityCode());
    if (hasPic) {
      PersonalIdentityCode.ParseResult parsed = PersonalIdentityCode.parse(c.personalIdentityCode());
      if (parsed instanceof PersonalIdentityCode.Invalid invalid) {
        problems.add(
            new FieldProblem("child.personalIdentityCode", invalid.messageKey()));
      }
    }
    if (!hasPic && c.birthDate() == null && c.age() == null) {
      problems.add(new FieldProblem("child.birthDate", "intake.error.birthDateOrAgeRequired"));
    }
    if (c.age() != null && (c.age() < 0 || c.age() > 17)) {
      problems.add(new FieldProblem("child.age", "intake.error.ageRange"));
    }
    text(c.address(), "child.address", false, MAX_SHORT, problems);
    text(c.guardians(), "child.guardians", false, 2_000, problems);
  }

  private static void checkPrenatal(IntakeSubmission s, LocalDate today, List<FieldProblem> problems) {
    IntakeSubmission.Prenatal p = s.prenatal();
    text(p == null ? null : p.expectantParents(), "prenatal.expectantParents", true, 2_000, problems);
    LocalDate due = p == null ? null : p.expectedBirthDate();
    if (due == null) {
      problems.add(new FieldProblem("prenatal.expectedBirthDate", "intake.error.required"));
    } else if (!due.isAfter(today)) {
      problems.add(new FieldProblem("prenatal.expectedBirthDate", "intake.error.expectedBirthNotFuture"));
    } else if (due.isAfter(today.plusMonths(10))) {
      problems.add(new FieldProblem("prenatal.expectedBirthDate", "intake.error.expectedBirthTooFar"));
    }
  }

  private static void checkContactBasis(IntakeSubmission s, List<FieldProblem> problems) {
    IntakeSubmission.ContactConsent c = s.contact();
    ReporterType type = s.reporter() == null ? null : s.reporter().type();
    if (type != ReporterType.MANDATED_REPORTER) {
      return; // a parent's or child's own request needs no separate consent
    }
    if (c == null || c.basis() == null || c.basis() == ContactBasis.OWN_REQUEST) {
      problems.add(new FieldProblem("contact.basis", "intake.error.contactBasisRequired"));
      return;
    }
    if (c.basis() == ContactBasis.WITHOUT_CONSENT) {
      text(c.withoutConsentReason(), "contact.withoutConsentReason", true, 2_000, problems);
    }
  }

  private static void required(Object value, String field, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(new FieldProblem(field, "intake.error.required"));
    }
  }

  private static void text(String value, String field, boolean required, int max, List<FieldProblem> problems) {
    if (blank(value)) {
      if (required) {
        problems.add(new FieldProblem(field, "intake.error.required"));
      }
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, "intake.error.tooLong", List.of(max)));
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
