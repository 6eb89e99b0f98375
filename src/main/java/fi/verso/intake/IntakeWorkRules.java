package fi.verso.intake;

import fi.verso.person.PersonalIdentityCode;
import fi.verso.shared.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the intake workers' other records must contain: the urgency assessment (LSL 26 § 2 mom), the notice
 * to the child and guardians, the conversion of a prenatal notification (LSL 25 c §) and a registration of
 * a matter received by phone, paper or in person. Pure rules; the decision has {@link AssessmentDecisionRules}.
 */
public final class IntakeWorkRules {
  public static final int MAX_TEXT = SubmissionRules.MAX_TEXT;
  public static final int MAX_SHORT = SubmissionRules.MAX_SHORT;

  /**
   * How far back a registration may date a matter. A phone call or a letter registered more than a year
   * later is far likelier a mistyped year than a real delay, and a wrong year would set a wrong clock.
   */
  public static final int MAX_REGISTRATION_DELAY_MONTHS = 12;

  private IntakeWorkRules() {}

  /** The urgency is assessed once: the result and the measures taken (which may be "none needed"). */
  public static List<FieldProblem> urgency(UrgencyAnswer answer, String measures) {
    List<FieldProblem> problems = new ArrayList<>();
    if (answer == null) {
      problems.add(new FieldProblem("urgent", "intake.error.required"));
    }
    text(measures, "measures", true, MAX_TEXT, problems);
    return problems;
  }

  /** A notice letter: its language, recipient and text, and the day it was sent (not before receipt). */
  public static List<FieldProblem> notice(
      NoticeLanguage language, String recipient, String body, LocalDate sentOn, LocalDate receivedOn, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (language == null) {
      problems.add(new FieldProblem("noticeLanguage", "intake.error.required"));
    }
    text(recipient, "noticeRecipient", true, MAX_SHORT, problems);
    text(body, "noticeBody", true, MAX_TEXT, problems);
    if (sentOn == null) {
      problems.add(new FieldProblem("noticeSentOn", "intake.error.required"));
    } else if (sentOn.isAfter(today)) {
      problems.add(new FieldProblem("noticeSentOn", "intake.error.sentOnInFuture"));
    } else if (sentOn.isBefore(receivedOn)) {
      problems.add(new FieldProblem("noticeSentOn", "intake.error.sentOnBeforeReceipt"));
    }
    return problems;
  }

  /** The child, once born: a name, the birth date (or a henkilötunnus that gives it), not before receipt. */
  public static List<FieldProblem> conversion(
      String firstName, String lastName, String personalIdentityCode, LocalDate birthDate, LocalDate receivedOn, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blank(firstName) && blank(lastName)) {
      problems.add(new FieldProblem("childFirstName", "intake.error.childNameRequired"));
    }
    text(firstName, "childFirstName", false, MAX_SHORT, problems);
    text(lastName, "childLastName", false, MAX_SHORT, problems);
    LocalDate fromCode = null;
    if (!blank(personalIdentityCode)) {
      PersonalIdentityCode.ParseResult parsed = PersonalIdentityCode.parse(personalIdentityCode.trim());
      switch (parsed) {
        case PersonalIdentityCode.Invalid invalid ->
            problems.add(new FieldProblem("childPersonalIdentityCode", invalid.messageKey()));
        case PersonalIdentityCode.Valid valid -> fromCode = valid.code().birthDate();
      }
    }
    LocalDate born = birthDate != null ? birthDate : fromCode;
    if (born == null) {
      if (blank(personalIdentityCode)) {
        problems.add(new FieldProblem("childBirthDate", "intake.error.required"));
      }
    } else if (born.isAfter(today)) {
      problems.add(new FieldProblem("childBirthDate", "intake.error.birthDateInFuture"));
    } else if (born.isBefore(receivedOn)) {
      problems.add(new FieldProblem("childBirthDate", "intake.error.bornBeforePrenatalNotification"));
    }
    if (birthDate != null && fromCode != null && !birthDate.equals(fromCode)) {
      problems.add(new FieldProblem("childPersonalIdentityCode", "intake.error.picBirthDateMismatch"));
    }
    return problems;
  }

  /** The birth date of a converted child: as typed, else from the henkilötunnus. */
  static LocalDate birthDate(String personalIdentityCode, LocalDate typed) {
    if (typed != null || blank(personalIdentityCode)) {
      return typed;
    }
    return PersonalIdentityCode.parse(personalIdentityCode.trim()) instanceof PersonalIdentityCode.Valid v
        ? v.code().birthDate()
        : null;
  }

  /** The ways a worker registers a matter; electronic forms and the API stamp their own time. */
  public static final List<Channel> REGISTRATION_CHANNELS = List.of(Channel.PHONE, Channel.PAPER, Channel.IN_PERSON);

  /**
   * A registered matter came by phone, paper or in person and keeps its real received time, which must be
   * plausible (a time in the future is refused by {@link SubmissionRules}).
   */
  public static List<FieldProblem> registration(Channel channel, Instant receivedAt, ZonedDateTime now) {
    List<FieldProblem> problems = new ArrayList<>();
    if (channel != null && !REGISTRATION_CHANNELS.contains(channel)) {
      problems.add(new FieldProblem("channel", "intake.error.invalidChoice"));
    }
    if (receivedAt != null && receivedAt.isBefore(now.minusMonths(MAX_REGISTRATION_DELAY_MONTHS).toInstant())) {
      problems.add(new FieldProblem("receivedAt", "intake.error.receivedTooLongAgo"));
    }
    return problems;
  }

  private static void text(String value, String field, boolean required, int max, List<FieldProblem> problems) {
    if (blank(value)) {
      if (required) {
        problems.add(new FieldProblem(field, "intake.error.required"));
      }
    } else if (value.trim().length() > max) {
      problems.add(new FieldProblem(field, "intake.error.tooLong", List.of(max)));
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
