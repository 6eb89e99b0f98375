package fi.verso.assessment;

import fi.verso.client.DateInput;
import fi.verso.client.Lsl27Ground;
import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/** The assessment form as typed: kept verbatim so that a refused or stale save shows every word again. */
public record AssessmentForm(Map<String, String> values) {
  static final List<String> DRAFT_FIELDS =
      List.of(
          "childMetOn", "notMetReason", "childViewsMethod", "childViewsContent", "guardiansViews", "summary", "workPair",
          "conclusion", "lsl27Ground");
  static final List<String> COMPLETION_FIELDS = List.of("responsibleWorker", "noticeSentOn", "noticeLanguage", "noticeRecipients");

  public AssessmentForm {
    values = Map.copyOf(values);
  }

  public static AssessmentForm fromParameters(MultiValueMap<String, String> params) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String f : DRAFT_FIELDS) {
      v.put(f, first(params, f));
    }
    for (String f : COMPLETION_FIELDS) {
      v.put(f, first(params, f));
    }
    v.put("version", first(params, "version"));
    return new AssessmentForm(v);
  }

  public static AssessmentForm of(Map<String, String> values) {
    return new AssessmentForm(values);
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public AssessmentForm with(String field, String value) {
    Map<String, String> v = new LinkedHashMap<>(values);
    v.put(field, value);
    return new AssessmentForm(v);
  }

  String version() {
    return value("version");
  }

  AssessmentRules.Draft draft(List<FieldProblem> problems) {
    return new AssessmentRules.Draft(
        date("childMetOn", problems),
        text("notMetReason"),
        text("childViewsMethod"),
        text("childViewsContent"),
        text("guardiansViews"),
        text("summary"),
        uuid("workPair", problems),
        enumValue(Conclusion.class, "conclusion", problems),
        enumValue(Lsl27Ground.class, "lsl27Ground", problems));
  }

  AssessmentRules.Completion completion(List<FieldProblem> problems) {
    String language = text("noticeLanguage");
    NoticeLanguage lang = null;
    if (language != null) {
      try {
        lang = NoticeLanguage.valueOf(language.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("noticeLanguage", "assessment.error.noticeLanguageRequired"));
      }
    }
    return new AssessmentRules.Completion(
        uuid("responsibleWorker", problems), date("noticeSentOn", problems), lang, text("noticeRecipients"));
  }

  private String text(String field) {
    String s = values.get(field);
    return s == null || s.isBlank() ? null : s.strip();
  }

  private LocalDate date(String field, List<FieldProblem> problems) {
    String s = text(field);
    if (s == null) {
      return null;
    }
    return DateInput.parse(s)
        .orElseGet(
            () -> {
              problems.add(new FieldProblem(field, "assessment.error.dateFormat"));
              return null;
            });
  }

  private UUID uuid(String field, List<FieldProblem> problems) {
    String s = text(field);
    if (s == null) {
      return null;
    }
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "assessment.error.unknownWorker"));
      return null;
    }
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String field, List<FieldProblem> problems) {
    String s = text(field);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "assessment.error.unknownChoice"));
      return null;
    }
  }

  private static String first(MultiValueMap<String, String> params, String name) {
    String v = params.getFirst(name);
    return v == null ? "" : v;
  }
}
