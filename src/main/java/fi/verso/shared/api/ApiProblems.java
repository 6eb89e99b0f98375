package fi.verso.shared.api;

import fi.verso.shared.i18n.UiLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds problem documents with texts in the caller's language, as a {@link ResponseEntity} for controller
 * advice or written straight to the response for security filters (where no controller runs).
 *
 * <p>Each kind of problem has {@code api.problem.<name>.title} and {@code .detail} in the {@code api}
 * bundle. Field messages come from the module's own bundles, the same texts the forms show.
 */
@Component
public class ApiProblems {
  private final MessageSource messages;
  private final ObjectMapper json;

  ApiProblems(MessageSource messages, ObjectMapper json) {
    this.messages = messages;
    this.json = json;
  }

  /** A problem of a named kind; {@code type} is {@link ApiProblem#BLANK_TYPE} or one of the documented URIs. */
  public ApiProblem problem(
      HttpServletRequest request, HttpStatus status, String type, String name, List<ApiProblem.FieldError> errors, Object... detailArgs) {
    UiLanguage language = ApiLanguage.of(request);
    return new ApiProblem(
        type,
        text(language, "api.problem." + name + ".title"),
        status.value(),
        text(language, "api.problem." + name + ".detail", detailArgs),
        errors == null || errors.isEmpty() ? null : errors);
  }

  /** A problem that says no more than its HTTP status, for errors no API handler saw (an unknown address). */
  public ApiProblem forStatus(HttpServletRequest request, int status) {
    HttpStatus resolved = HttpStatus.resolve(status);
    if (resolved == null) {
      resolved = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    }
    String name =
        switch (resolved) {
          case UNAUTHORIZED -> "unauthorized";
          case FORBIDDEN -> "forbidden";
          case NOT_FOUND -> "noSuchAddress";
          case METHOD_NOT_ALLOWED -> "methodNotAllowed";
          case CONTENT_TOO_LARGE -> "contentTooLarge";
          case UNSUPPORTED_MEDIA_TYPE -> "unsupportedMediaType";
          default -> resolved.is5xxServerError() ? "internalError" : "badRequest";
        };
    return problem(request, resolved, ApiProblem.BLANK_TYPE, name, null);
  }

  /** One invalid field, its message in the caller's language. */
  public ApiProblem.FieldError fieldError(HttpServletRequest request, String field, String code, List<Object> args) {
    String pointer = isHeader(field) ? null : ApiProblem.pointerOf(field);
    return new ApiProblem.FieldError(field, pointer, code, text(ApiLanguage.of(request), code, args.toArray()));
  }

  public ResponseEntity<ApiProblem> response(HttpServletRequest request, ApiProblem problem) {
    return ResponseEntity.status(problem.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, ApiLanguage.of(request).code())
        .body(problem);
  }

  /** For filters: writes the problem as the whole response. */
  public void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CONTENT_LANGUAGE, ApiLanguage.of(request).code());
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }

  public String text(UiLanguage language, String key, Object... args) {
    return messages.getMessage(key, args, key, language.locale());
  }

  /** Header names are written as headers are (Idempotency-Key), field paths never contain a hyphen. */
  private static boolean isHeader(String field) {
    return field.contains("-");
  }
}
