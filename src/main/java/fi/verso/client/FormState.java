package fi.verso.client;

import fi.verso.shared.web.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A form on a page that was sent and refused: which form (and for which relationship), its problems and the
 * values as typed, so nothing typed is lost.
 */
public record FormState(String form, UUID relationshipId, List<FieldProblem> problems, Map<String, String> values, boolean stale) {
  public static final FormState NONE = new FormState("", null, List.of(), Map.of(), false);

  public FormState {
    problems = List.copyOf(problems);
    values = Map.copyOf(values);
  }

  public boolean is(String name, UUID relationship) {
    return form.equals(name) && (relationshipId == null || relationshipId.equals(relationship));
  }

  public boolean is(String name) {
    return form.equals(name);
  }

  /** The problem with a field of this form, or null. */
  public FieldProblem problem(String name, UUID relationship, String field) {
    if (!is(name, relationship)) {
      return null;
    }
    return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
  }

  public FieldProblem problem(String field) {
    return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
  }

  /** The typed value, or the given default when this form was not the one sent. */
  public String value(String name, UUID relationship, String field, String otherwise) {
    if (!is(name, relationship)) {
      return otherwise;
    }
    return values.getOrDefault(field, "");
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** The first problem of each field, in the order found: for the error summary. */
  public Map<String, FieldProblem> problemsByField() {
    Map<String, FieldProblem> byField = new java.util.LinkedHashMap<>();
    problems.forEach(p -> byField.putIfAbsent(p.field(), p));
    return byField;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
