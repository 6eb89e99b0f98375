package fi.verso.decision;

import fi.verso.shared.i18n.OfficialLanguage;
import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The forms of the decision pages exactly as typed, so that a form shown again after an error keeps everything.
 * Input names are the problems' field names; they start with {@code decision} because field labels share one
 * namespace ({@code field.<name>}) with every other module.
 */
public final class DecisionForms {
  static final int LONG_TEXT = 10_000;
  static final int SHORT_TEXT = 300;
  /** Strict: 31.2.2026 is a typing error, not the last day of February. */
  private static final DateTimeFormatter FINNISH_DATE =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

  private DecisionForms() {}

  /** Answers of the radio groups, as the forms send them. */
  public enum YesNo {
    NO,
    YES
  }

  public enum ConsentAnswer {
    GIVEN,
    REFUSED
  }

  public enum HearingKind {
    HEARD,
    EXCEPTION
  }

  public record Draft(
      String decisionType,
      String decisionMeasure,
      String decisionLanguage,
      String decisionStartsOn,
      String decisionEndsOn,
      String decisionEstimatedDuration,
      String decisionGoals,
      String decisionReasons,
      String decisionOtherProvisions,
      String decisionDepartsFromPlan,
      String decisionPlanDeparture,
      String decisionContactPerson,
      String decisionContactDetails,
      String decisionReplaces,
      String version) {

    /** The draft's content as checked; null parts had a problem (added to {@code problems}). */
    Content content(List<FieldProblem> problems) {
      DecisionType type = parseEnum(DecisionType.class, decisionType, "decisionType", problems, true);
      Measure measure = parseEnum(Measure.class, decisionMeasure, "decisionMeasure", problems, true);
      OfficialLanguage language = parseEnum(OfficialLanguage.class, decisionLanguage, "decisionLanguage", problems, true);
      LocalDate startsOn = parseDate(decisionStartsOn, "decisionStartsOn", problems);
      LocalDate endsOn = parseDate(decisionEndsOn, "decisionEndsOn", problems);
      String duration = trimmed(decisionEstimatedDuration);
      if (type != null && type.providesMeasure()) {
        if (startsOn == null && blank(decisionStartsOn)) {
          problems.add(new FieldProblem("decisionStartsOn", "decision.error.startsOn.required"));
        }
        if (endsOn == null && blank(decisionEndsOn) && duration == null) {
          problems.add(new FieldProblem("decisionEndsOn", "decision.error.duration.required"));
        }
        if (blank(decisionGoals)) {
          problems.add(new FieldProblem("decisionGoals", "decision.error.goals.required"));
        }
      }
      if (type == DecisionType.END && endsOn == null && blank(decisionEndsOn)) {
        problems.add(new FieldProblem("decisionEndsOn", "decision.error.endsOn.required"));
      }
      if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
        problems.add(new FieldProblem("decisionEndsOn", "decision.error.endsOn.beforeStart"));
      }
      if (blank(decisionReasons)) {
        problems.add(new FieldProblem("decisionReasons", "decision.error.reasons.required"));
      }
      boolean departs = "yes".equalsIgnoreCase(decisionDepartsFromPlan);
      if (departs && blank(decisionPlanDeparture)) {
        problems.add(new FieldProblem("decisionPlanDeparture", "decision.error.planDeparture.required"));
      }
      UUID contact = parseUuid(decisionContactPerson, "decisionContactPerson", problems);
      if (contact == null && blank(decisionContactPerson)) {
        problems.add(new FieldProblem("decisionContactPerson", "decision.error.contactPerson.required"));
      }
      if (blank(decisionContactDetails)) {
        problems.add(new FieldProblem("decisionContactDetails", "decision.error.contactDetails.required"));
      }
      length(decisionEstimatedDuration, SHORT_TEXT, "decisionEstimatedDuration", problems);
      length(decisionContactDetails, SHORT_TEXT, "decisionContactDetails", problems);
      length(decisionGoals, LONG_TEXT, "decisionGoals", problems);
      length(decisionReasons, LONG_TEXT, "decisionReasons", problems);
      length(decisionOtherProvisions, LONG_TEXT, "decisionOtherProvisions", problems);
      length(decisionPlanDeparture, LONG_TEXT, "decisionPlanDeparture", problems);
      return new Content(
          type,
          measure,
          language,
          startsOn,
          endsOn,
          duration,
          text(decisionGoals),
          text(decisionReasons),
          text(decisionOtherProvisions),
          departs ? text(decisionPlanDeparture) : null,
          contact,
          text(decisionContactDetails));
    }

    Optional<UUID> replaces() {
      try {
        return blank(decisionReplaces) ? Optional.empty() : Optional.of(UUID.fromString(decisionReplaces.trim()));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    int versionNumber() {
      try {
        return Integer.parseInt(version == null ? "" : version.trim());
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    boolean departsFromPlan() {
      return "yes".equalsIgnoreCase(decisionDepartsFromPlan);
    }
  }

  /** A draft's content once checked. */
  record Content(
      DecisionType type,
      Measure measure,
      OfficialLanguage language,
      LocalDate startsOn,
      LocalDate endsOn,
      String estimatedDuration,
      String goals,
      String reasons,
      String otherProvisions,
      String planDeparture,
      UUID contactPerson,
      String contactDetails) {}

  public record Consent(
      String decisionConsentPerson, String decisionConsentGiven, String decisionConsentOn, String decisionConsentMethod) {
    public static Consent empty(LocalDate today) {
      return new Consent(null, null, today.toString(), null);
    }
  }

  public record Hearing(
      String decisionHearingPerson,
      String decisionHearingKind,
      String decisionHearingOn,
      String decisionHearingMethod,
      String decisionHearingViews,
      String decisionHearingGround,
      String decisionHearingReason) {
    public static Hearing empty(LocalDate today) {
      return new Hearing(null, null, today.toString(), null, null, null, null);
    }
  }

  public record Sending(String decisionSentChannel, String decisionSentOn) {
    public static Sending empty(LocalDate today) {
      return new Sending(null, today.toString());
    }
  }

  public record Reassessment(String decisionReassessedOn, String decisionReassessmentSummary) {
    public static Reassessment empty(LocalDate today) {
      return new Reassessment(today.toString(), null);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String trimmed(String s) {
    return blank(s) ? null : s.trim();
  }

  static String text(String s) {
    return s == null ? "" : s.strip();
  }

  static void length(String s, int max, String field, List<FieldProblem> problems) {
    if (s != null && s.length() > max) {
      problems.add(new FieldProblem(field, "decision.error.tooLong", List.of(max)));
    }
  }

  static <E extends Enum<E>> E parseEnum(
      Class<E> type, String value, String field, List<FieldProblem> problems, boolean required) {
    if (blank(value)) {
      if (required) {
        problems.add(new FieldProblem(field, "decision.error.choose"));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "decision.error.choose"));
      return null;
    }
  }

  /** A date as an HTML date input sends it (2026-03-05), or as typed in Finland (5.3.2026). */
  static LocalDate parseDate(String text, String field, List<FieldProblem> problems) {
    if (blank(text)) {
      return null;
    }
    String t = text.trim();
    try {
      return t.contains(".") ? LocalDate.parse(t, FINNISH_DATE) : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "decision.error.dateFormat"));
      return null;
    }
  }

  static UUID parseUuid(String text, String field, List<FieldProblem> problems) {
    if (blank(text)) {
      return null;
    }
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "decision.error.choose"));
      return null;
    }
  }
}
