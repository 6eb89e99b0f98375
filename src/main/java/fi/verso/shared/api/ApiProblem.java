package fi.verso.shared.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): the body of every error the JSON API
 * answers. {@code errors} names each invalid field of a request, so a calling system can show or log all
 * of them at once.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the HTTP status says it all
 * @param errors the invalid fields; absent when the problem is not about fields
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
public record ApiProblem(String type, String title, int status, String detail, List<FieldError> errors) {
  public static final String BLANK_TYPE = "about:blank";

  public ApiProblem {
    errors = errors == null ? null : List.copyOf(errors);
  }

  /**
   * One invalid field.
   *
   * @param field the field's path in the request JSON, e.g. {@code reporter.organisation}; {@code $} for the
   *     body as a whole; a header's name for a header
   * @param pointer the same as a JSON Pointer fragment (RFC 6901), e.g. {@code #/reporter/organisation};
   *     absent for a header
   * @param code a stable code for programs, e.g. {@code intake.error.organisationRequired}
   * @param message what is wrong, in the language asked for
   */
  @JsonPropertyOrder({"field", "pointer", "code", "message"})
  public record FieldError(String field, String pointer, String code, String message) {}

  /** {@code reporter.organisation} -> {@code #/reporter/organisation}; {@code items[2].x} -> {@code #/items/2/x}. */
  public static String pointerOf(String field) {
    if (field == null || field.isEmpty() || field.equals("$")) {
      return "#";
    }
    StringBuilder out = new StringBuilder("#");
    for (String part : field.replace("[", ".").replace("]", "").split("\\.")) {
      if (!part.isEmpty()) {
        out.append('/').append(part.replace("~", "~0").replace("/", "~1"));
      }
    }
    return out.toString();
  }
}
