package fi.verso.shared.web;

import java.util.List;

/**
 * One thing wrong with a submission: the field (as named in forms and in the API's JSON) and the message key
 * that says what is wrong, in the user's language.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {
  public FieldProblem(String field, String messageKey) {
    this(field, messageKey, List.of());
  }
}
