package fi.verso.intake;

import fi.verso.shared.web.FieldProblem;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.intake.IntakeSubmission.ChildDetails;
import fi.verso.intake.IntakeSubmission.ContactConsent;
import fi.verso.intake.IntakeSubmission.Prenatal;
import fi.verso.intake.IntakeSubmission.Reporter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The fields of the intake forms exactly as typed, so that a form shown again after an error keeps
 * everything. Input names are the camel-case form of the submission's field paths ({@code reporter.name}
 * is {@code reporterName}); see {@link #inputName(String)}.
 */
public record SubmissionForm(
    String submissionKey,
    String reporterType,
    String reporterAnonymous,
    String reporterName,
    String reporterProfession,
    String reporterOrganisation,
    String reporterOrganisationName,
    String reporterPhone,
    String reporterEmail,
    String reporterPoliceNotified,
    String childFirstName,
    String childLastName,
    String childPersonalIdentityCode,
    String childBirthDate,
    String childAge,
    String childAddress,
    String childMunicipality,
    String childGuardians,
    String childKnows,
    String guardiansKnow,
    String prenatalExpectantParents,
    String prenatalExpectedBirthDate,
    String contactBasis,
    String contactWithoutConsentReason,
    String concern,
    String channel,
    String receivedAt,
    /* A field people never see: bots fill it in. */
    String website) {

  private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  public static SubmissionForm empty(String submissionKey) {
    return new SubmissionForm(
        submissionKey, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static SubmissionForm emptyWithReporter(String submissionKey, ReporterType type) {
    return new SubmissionForm(
        submissionKey, type.name(), null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** {@code reporter.name} -> {@code reporterName}. */
  public static String inputName(String fieldPath) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : fieldPath.toCharArray()) {
      if (c == '.') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  public boolean isBot() {
    return website != null && !website.isEmpty();
  }

  public boolean anonymous() {
    return "true".equals(reporterAnonymous);
  }

  /**
   * Turns the typed text into a submission; what cannot even be parsed (a date like 31.2.2020) is added to
   * {@code problems} and left null, so the rules report everything else too.
   */
  public IntakeSubmission toSubmission(
      MatterKind kind, Channel fixedChannel, boolean receivedAtTyped, List<FieldProblem> problems) {
    Channel ch = fixedChannel != null ? fixedChannel : parseEnum(Channel.class, channel, "channel", problems);
    Instant received = receivedAtTyped ? parseDateTime(receivedAt, "receivedAt", problems) : null;
    if (receivedAtTyped && received == null && (receivedAt == null || receivedAt.isBlank())) {
      problems.add(new FieldProblem("receivedAt", "intake.error.required"));
    }
    Reporter reporter =
        new Reporter(
            parseEnum(ReporterType.class, reporterType, "reporter.type", problems),
            anonymous(),
            reporterName,
            reporterProfession,
            parseEnum(MandatedReporterOrganisation.class, reporterOrganisation, "reporter.organisation", problems),
            reporterOrganisationName,
            reporterPhone,
            reporterEmail,
            parseEnum(PoliceNotification.class, reporterPoliceNotified, "reporter.policeNotified", problems));
    ChildDetails child =
        kind == MatterKind.PRENATAL_NOTIFICATION
            ? null
            : new ChildDetails(
                childFirstName,
                childLastName,
                childPersonalIdentityCode,
                parseDate(childBirthDate, "child.birthDate", problems),
                parseAge(childAge, problems),
                childAddress,
                childMunicipality,
                childGuardians);
    Prenatal prenatal =
        kind == MatterKind.PRENATAL_NOTIFICATION
            ? new Prenatal(
                prenatalExpectantParents,
                parseDate(prenatalExpectedBirthDate, "prenatal.expectedBirthDate", problems))
            : null;
    ContactConsent contact =
        kind == MatterKind.CONTACT_REQUEST
            ? new ContactConsent(
                parseEnum(ContactBasis.class, contactBasis, "contact.basis", problems),
                contactWithoutConsentReason)
            : null;
    return new IntakeSubmission(
        kind,
        ch,
        received,
        reporter,
        child,
        prenatal,
        contact,
        concern,
        parseEnum(Knowledge.class, childKnows, "childKnows", problems),
        parseEnum(Knowledge.class, guardiansKnow, "guardiansKnow", problems));
  }

  static LocalDate parseDate(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    try {
      return t.contains(".") ? LocalDate.parse(t, FINNISH_DATE) : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "intake.error.dateFormat"));
      return null;
    }
  }

  /** A local Helsinki time as typed into a datetime-local field (or "d.M.yyyy H:mm"). */
  static Instant parseDateTime(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    try {
      LocalDateTime local =
          t.contains(".")
              ? LocalDateTime.parse(t, DateTimeFormatter.ofPattern("d.M.yyyy H:mm"))
              : LocalDateTime.parse(t);
      return local.atZone(HelsinkiTime.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "intake.error.dateTimeFormat"));
      return null;
    }
  }

  private Integer parseAge(String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem("child.age", "intake.error.ageRange"));
      return null;
    }
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> type, String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "intake.error.invalidChoice"));
      return null;
    }
  }
}
