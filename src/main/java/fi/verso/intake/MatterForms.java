package fi.verso.intake;

import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The forms of a matter page exactly as typed, so that a form shown again after an error keeps everything.
 * Input names are the field names of the problems ({@code measures}, {@code delayReason}, ...).
 */
public final class MatterForms {
  private MatterForms() {}

  public record Urgency(String urgent, String measures) {
    public static Urgency empty() {
      return new Urgency(null, null);
    }

    UrgencyAnswer answer(List<FieldProblem> problems) {
      return parseEnum(UrgencyAnswer.class, urgent, "urgent", problems);
    }
  }

  public record Decision(
      String decision,
      String assignedWorker,
      String notStartReason,
      String reasonText,
      String transferCounty,
      String delayReason) {
    public static Decision empty() {
      return new Decision(null, null, null, null, null, null);
    }

    AssessmentDecisionRules.Command toCommand(List<FieldProblem> problems) {
      return new AssessmentDecisionRules.Command(
          parseEnum(AssessmentDecision.class, decision, "decision", problems),
          parseUuid(assignedWorker, "assignedWorker", problems),
          parseEnum(NotStartReason.class, notStartReason, "notStartReason", problems),
          reasonText,
          transferCounty,
          delayReason);
    }
  }

  public record Notice(String noticeLanguage, String noticeRecipient, String noticeBody, String noticeSentOn) {
    NoticeLanguage language(List<FieldProblem> problems) {
      return parseEnum(NoticeLanguage.class, noticeLanguage, "noticeLanguage", problems);
    }

    LocalDate sentOn(List<FieldProblem> problems) {
      return SubmissionForm.parseDate(noticeSentOn, "noticeSentOn", problems);
    }
  }

  public record Conversion(
      String childFirstName, String childLastName, String childPersonalIdentityCode, String childBirthDate) {
    public static Conversion empty() {
      return new Conversion(null, null, null, null);
    }

    LocalDate birthDate(List<FieldProblem> problems) {
      return SubmissionForm.parseDate(childBirthDate, "childBirthDate", problems);
    }
  }

  static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, List<FieldProblem> problems) {
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

  static UUID parseUuid(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "intake.error.invalidChoice"));
      return null;
    }
  }
}
