package fi.verso.intake;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.organisation.Organisation;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.web.FieldProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration through the JSON API: the same {@link Intake#receive} as the forms, plus the API's idempotency
 * contract, which has to tell a first request (201) from a repeat (200).
 */
@Service
class NotificationApi {
  private final Intake intake;
  private final NamedParameterJdbcTemplate jdbc;
  private final Organisation organisation;
  private final AccessLog accessLog;

  NotificationApi(Intake intake, NamedParameterJdbcTemplate jdbc, Organisation organisation, AccessLog accessLog) {
    this.intake = intake;
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.accessLog = accessLog;
  }

  sealed interface Registration {
    record Created(ReceivedMatter matter) implements Registration {}

    record Repeated(ReceivedMatter matter) implements Registration {}

    record Invalid(List<FieldProblem> problems) implements Registration {}

    /** The key belongs to a matter someone else sent: never reveal that matter. */
    record KeyInUse() implements Registration {}
  }

  @Transactional
  public Registration register(IntakeSubmission submission, UUID key, Actor actor) {
    MapSqlParameterSource byKey = new MapSqlParameterSource("submissionKey", key.toString());
    jdbc.query(IntakeApiQueries.LOCK_SUBMISSION_KEY, byKey, rs -> null);
    Optional<IntakeApiQueries.Earlier> earlier =
        jdbc.query(
                IntakeApiQueries.EARLIER_BY_SUBMISSION_KEY,
                new MapSqlParameterSource("submissionKey", key),
                IntakeApiQueries.EARLIER)
            .stream()
            .findFirst();
    if (earlier.isPresent()) {
      IntakeApiQueries.Earlier e = earlier.get();
      UUID me = actor.asEmployee().map(Actor.Employee::id).orElse(null);
      if (me == null
          || !Objects.equals(e.registeredBy(), me)
          || !e.countyId().equals(organisation.currentCounty().id())) {
        return new Registration.KeyInUse();
      }
      ReceivedMatter matter = intake.received(e.id()).orElseThrow();
      accessLog.record(actor, Action.INTAKE_REGISTER, Purpose.INTAKE, AccessTarget.of("intake_matter", e.id()));
      return new Registration.Repeated(matter);
    }
    return switch (intake.receive(submission, key, actor)) {
      case Intake.Outcome.Received r -> new Registration.Created(r.matter());
      case Intake.Outcome.Invalid i -> new Registration.Invalid(i.problems());
    };
  }

  /** A matter of this county, for the sender to check; the read is logged. */
  @Transactional
  public Optional<ReceivedMatter> find(UUID id, Actor actor) {
    Optional<ReceivedMatter> matter = intake.received(id);
    matter.ifPresent(
        m -> accessLog.record(actor, Action.INTAKE_REGISTER, Purpose.INTAKE, AccessTarget.of("intake_matter", m.id())));
    return matter;
  }
}
