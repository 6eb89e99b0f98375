package fi.verso.intake;

import fi.verso.shared.api.ApiProblem;
import fi.verso.shared.api.ApiProblems;
import fi.verso.shared.security.AccessDeniedForAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error of the intake API as an RFC 9457 problem document in the caller's language, never an HTML page
 * or a stack trace. Problem types other than {@code about:blank} are documented in {@code /api/openapi.yaml}.
 */
@RestControllerAdvice(assignableTypes = NotificationApiController.class)
class ApiProblemAdvice {
  static final String INVALID_REQUEST = "urn:verso:problem:invalid-request";
  static final String MALFORMED_JSON = "urn:verso:problem:malformed-json";
  static final String IDEMPOTENCY_KEY_IN_USE = "urn:verso:problem:idempotency-key-in-use";
  private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

  private final ApiProblems problems;

  ApiProblemAdvice(ApiProblems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(NotificationApiController.InvalidRequest.class)
  ResponseEntity<ApiProblem> invalid(NotificationApiController.InvalidRequest e, HttpServletRequest request) {
    List<ApiProblem.FieldError> errors =
        e.problems().stream().map(p -> problems.fieldError(request, p.field(), p.messageKey(), p.args())).toList();
    return respond(request, HttpStatus.BAD_REQUEST, INVALID_REQUEST, "invalidRequest", errors);
  }

  /**
   * The body could not be read as the JSON the API expects: not JSON at all, cut short, or a value of the
   * wrong type (text where an object belongs). Jackson knows where it stopped; that field is named.
   */
  @ExceptionHandler({HttpMessageNotReadableException.class, JacksonException.class})
  ResponseEntity<ApiProblem> unreadable(Exception e, HttpServletRequest request) {
    JacksonException jackson = jacksonCause(e);
    if (jackson == null) {
      FieldProblem missing = new FieldProblem("$", "api.error.bodyRequired");
      return respond(request, HttpStatus.BAD_REQUEST, MALFORMED_JSON, "malformedJson", List.of(fieldError(request, missing)));
    }
    String field = fieldOf(jackson);
    TokenStreamLocation at = jackson.getLocation();
    boolean syntax = jackson instanceof StreamReadException;
    FieldProblem problem =
        syntax && at != null && at.getLineNr() > 0
            ? new FieldProblem(field, "api.error.notJson", List.of(String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr())))
            : new FieldProblem(field, field.equals("$") ? "api.error.notAnObject" : "api.error.wrongType");
    return respond(request, HttpStatus.BAD_REQUEST, MALFORMED_JSON, "malformedJson", List.of(fieldError(request, problem)));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiProblem> mediaType(HttpServletRequest request) {
    return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiProblem.BLANK_TYPE, "unsupportedMediaType", null);
  }

  /** An id that is not even a UUID names no matter. */
  @ExceptionHandler({NotificationApiController.NotFound.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ApiProblem> notFound(HttpServletRequest request) {
    return respond(request, HttpStatus.NOT_FOUND, ApiProblem.BLANK_TYPE, "notFound", null);
  }

  @ExceptionHandler(NotificationApiController.KeyInUse.class)
  ResponseEntity<ApiProblem> keyInUse(HttpServletRequest request) {
    FieldProblem key = new FieldProblem(NotificationApiController.IDEMPOTENCY_KEY, "api.error.idempotencyKeyInUse");
    return respond(request, HttpStatus.CONFLICT, IDEMPOTENCY_KEY_IN_USE, "idempotencyKeyInUse", List.of(fieldError(request, key)));
  }

  /** The action check runs before the handler; its denial is already in the access log. */
  @ExceptionHandler(AccessDeniedForAction.class)
  ResponseEntity<ApiProblem> forbidden(HttpServletRequest request) {
    return respond(request, HttpStatus.FORBIDDEN, ApiProblem.BLANK_TYPE, "forbidden", null);
  }

  /** Anything else: logged by type only (messages may quote personal data), answered without details. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiProblem> unexpected(Exception e, HttpServletRequest request) {
    log.error("Intake API request failed: {}", e.getClass().getName());
    return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, ApiProblem.BLANK_TYPE, "internalError", null);
  }

  private ResponseEntity<ApiProblem> respond(
      HttpServletRequest request, HttpStatus status, String type, String name, List<ApiProblem.FieldError> errors) {
    return problems.response(request, problems.problem(request, status, type, name, errors));
  }

  private ApiProblem.FieldError fieldError(HttpServletRequest request, FieldProblem p) {
    return problems.fieldError(request, p.field(), p.messageKey(), p.args());
  }

  private static JacksonException jacksonCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j) {
        return j;
      }
    }
    return null;
  }

  /**
   * The JSON path where reading stopped. For a syntax error the parser's own position is the most precise
   * (inside {@code reporter}, at {@code type}); for a wrong type Jackson's path names the property.
   */
  static String fieldOf(JacksonException e) {
    if (e instanceof StreamReadException && e.processor() instanceof JsonParser parser) {
      String pointer = parser.streamReadContext().pathAsPointer().toString();
      if (!pointer.isEmpty()) {
        return pointer.substring(1).replace('/', '.');
      }
    }
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "$" : path.toString();
  }
}
