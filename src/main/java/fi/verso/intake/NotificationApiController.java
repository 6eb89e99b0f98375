package fi.verso.intake;

import fi.verso.shared.security.Action;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JSON API for other authorities' systems (police, schools, health care): they register a matter exactly
 * as the forms do. Described in {@code /api/openapi.yaml}; errors are problem documents
 * ({@link ApiProblemAdvice}).
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final NotificationApi api;
  private final Intake intake;
  private final ObjectMapper mapper;

  NotificationApiController(NotificationApi api, Intake intake, ObjectMapper mapper) {
    this.api = api;
    this.intake = intake;
    this.mapper = mapper;
  }

  /**
   * Registers a matter once per {@code Idempotency-Key}: a system that did not get the answer (a timeout, a
   * dropped connection) sends the same request again and gets the same matter with 200. Without the header
   * every request is a new matter.
   */
  @PostMapping
  @RequiresAction(Action.INTAKE_REGISTER)
  ResponseEntity<NotificationResponse> register(
      @RequestBody JsonNode json, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String keyText) {
    if (json == null || !json.isObject()) {
      throw new InvalidRequest(List.of(new FieldProblem("$", "api.error.notAnObject")));
    }
    List<FieldProblem> parseProblems = new ArrayList<>(NotificationRequest.unknownFields(json));
    // A value of the wrong JSON type throws here; ApiProblemAdvice names the field.
    NotificationRequest body = mapper.treeToValue(json, NotificationRequest.class);
    UUID key = UUID.randomUUID();
    if (keyText != null) {
      if (UUID_TEXT.matcher(keyText.trim()).matches()) {
        key = UUID.fromString(keyText.trim());
      } else {
        parseProblems.add(new FieldProblem(IDEMPOTENCY_KEY, "api.error.idempotencyKey"));
      }
    }
    IntakeSubmission submission = body.toSubmission(parseProblems);
    if (!parseProblems.isEmpty()) {
      throw new InvalidRequest(withRuleProblems(parseProblems, submission));
    }
    return switch (api.register(submission, key, CurrentActor.get())) {
      case NotificationApi.Registration.Created c ->
          ResponseEntity.created(location(c.matter())).body(NotificationResponse.of(c.matter()));
      case NotificationApi.Registration.Repeated r ->
          ResponseEntity.ok().location(location(r.matter())).body(NotificationResponse.of(r.matter()));
      case NotificationApi.Registration.Invalid i -> throw new InvalidRequest(i.problems());
      case NotificationApi.Registration.KeyInUse k -> throw new KeyInUse();
    };
  }

  @GetMapping("/{id}")
  @RequiresAction(Action.INTAKE_REGISTER)
  NotificationResponse get(@PathVariable UUID id) {
    return api.find(id, CurrentActor.get()).map(NotificationResponse::of).orElseThrow(NotFound::new);
  }

  /**
   * What could not be read, then what the rules say about the rest; a field whose value could not be read is
   * named once (as unreadable), not again as missing.
   */
  private List<FieldProblem> withRuleProblems(List<FieldProblem> parseProblems, IntakeSubmission submission) {
    Set<String> unreadable = parseProblems.stream().map(FieldProblem::field).collect(Collectors.toSet());
    List<FieldProblem> all = new ArrayList<>(parseProblems);
    intake.problems(submission).stream().filter(p -> !unreadable.contains(p.field())).forEach(all::add);
    return all;
  }

  private static URI location(ReceivedMatter matter) {
    return URI.create("/api/v1/notifications/" + matter.id());
  }

  /** Nothing was stored: each problem names its field. */
  static final class InvalidRequest extends RuntimeException {
    private final transient List<FieldProblem> problems;

    InvalidRequest(List<FieldProblem> problems) {
      super(null, null, false, false);
      this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
      return problems;
    }
  }

  static final class NotFound extends RuntimeException {
    NotFound() {
      super(null, null, false, false);
    }
  }

  static final class KeyInUse extends RuntimeException {
    KeyInUse() {
      super(null, null, false, false);
    }
  }
}
