package fi.verso.service;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.web.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's matches with support persons and families (SHL 28 §, LSL 36 §): finding one by language, area and
 * availability, matching for a period, the meetings held, and closing or renewing the match. Access is checked
 * by the caller first; every read and write logs.
 */
@Service
public class SupportMatches {
  private static final MeasureLifecycle LIFECYCLE = new MeasureLifecycle("service.error.matchClosed");

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final AccessLog accessLog;
  private final SupportRegister register;
  private final ChildLookup children;

  SupportMatches(
      NamedParameterJdbcTemplate jdbc, Clock clock, AccessLog accessLog, SupportRegister register, ChildLookup children) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.accessLog = accessLog;
    this.register = register;
    this.children = children;
  }

  public record MatchRow(
      UUID id,
      UUID providerId,
      String providerName,
      SupportProviderKind providerKind,
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDate closedOn,
      int meetings,
      Optional<MeasureEnd.Reason> flag) {}

  public record ChildSupport(
      ChildSummary child,
      List<RelationshipOption> relationships,
      List<MatchRow> matches,
      SupportRegister.Filter filter,
      List<SupportProvider> candidates,
      LocalDate today) {}

  public record Meeting(UUID id, LocalDate metOn, String notes, String recordedBy) {}

  public record Match(
      UUID id,
      ChildSummary child,
      SupportProvider provider,
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDate decisionEndedOn,
      LocalDate closedOn,
      List<Meeting> meetings,
      LocalDate today) {

    public boolean closed() {
      return closedOn != null;
    }

    public Optional<MeasureEnd.Reason> flag() {
      return MeasureEnd.needsAction(endsOn, decisionEndedOn, closedOn, today);
    }
  }

  /**
   * The filter a child's page opens with: the child's own language and home municipality, and only those
   * available now. The worker widens it from there.
   */
  @Transactional(readOnly = true)
  public SupportRegister.Filter defaultFilter(Actor.Employee actor, UUID childId) {
    List<SupportRegister.Filter> found =
        jdbc.query(
            SupportQueries.CHILD_DEFAULTS,
            new MapSqlParameterSource("childId", childId).addValue("countyId", actor.countyId()),
            (rs, i) ->
                new SupportRegister.Filter(
                    null,
                    SupportLanguage.fromCode(rs.getString("language")).orElse(null),
                    rs.getString("municipality_code"),
                    Availability.AVAILABLE));
    return found.isEmpty() ? new SupportRegister.Filter(null, null, null, Availability.AVAILABLE) : found.getFirst();
  }

  /** The child's matches and the register's candidates under the filter; empty when the county knows no such child. */
  @Transactional
  public Optional<ChildSupport> ofChild(Actor.Employee actor, UUID childId, SupportRegister.Filter filter) {
    Optional<ChildSummary> child = children.child(actor, childId);
    if (child.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = today();
    List<MatchRow> matches =
        jdbc.query(
            SupportQueries.MATCHES_OF_CHILD,
            new MapSqlParameterSource("childId", childId).addValue("countyId", actor.countyId()),
            (rs, i) -> {
              LocalDate ends = rs.getObject("ends_on", LocalDate.class);
              LocalDate closed = rs.getObject("closed_on", LocalDate.class);
              return new MatchRow(
                  rs.getObject("id", UUID.class),
                  rs.getObject("provider_id", UUID.class),
                  rs.getString("provider_name"),
                  SupportProviderKind.valueOf(rs.getString("provider_kind")),
                  rs.getObject("starts_on", LocalDate.class),
                  ends,
                  closed,
                  rs.getInt("meetings"),
                  MeasureEnd.needsAction(ends, rs.getObject("decision_ended_on", LocalDate.class), closed, today));
            });
    accessLog.record(actor, Action.SERVICE_DELIVERY_VIEW, Purpose.CLIENT_SERVICE, ServiceTargets.child(childId));
    return Optional.of(
        new ChildSupport(
            child.get(),
            children.relationships(actor, childId),
            matches,
            filter,
            register.find(actor.countyId(), filter),
            today));
  }

  @Transactional
  public Outcome match(Actor.Employee actor, UUID childId, SupportForms.Match form) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<RelationshipOption> relationship =
        MeasureLifecycle.relationship(children.relationships(actor, childId), form.measureRelationship(), problems);
    UUID providerId = FormInput.id(form.matchProvider(), "matchProvider", true, problems);
    Optional<SupportProvider> provider =
        providerId == null ? Optional.empty() : register.get(actor.countyId(), providerId);
    if (providerId != null && provider.isEmpty()) {
      problems.add(new FieldProblem("matchProvider", "service.error.choose"));
    }
    provider.ifPresent(
        p -> SupportMatching.problems(p.availability(), p.check()).forEach(key -> problems.add(new FieldProblem("matchProvider", key))));
    LocalDate start = FormInput.date(form.matchStart(), "matchStart", true, problems);
    LocalDate end = FormInput.date(form.matchEnd(), "matchEnd", true, problems);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(new FieldProblem("matchEnd", "service.error.endBeforeStart"));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    UUID id = UUID.randomUUID();
    jdbc.update(
        SupportQueries.INSERT_MATCH,
        new MapSqlParameterSource("id", id)
            .addValue("countyId", actor.countyId())
            .addValue("providerId", providerId)
            .addValue("relationshipId", relationship.orElseThrow().id())
            .addValue("childId", childId)
            .addValue("startsOn", start)
            .addValue("endsOn", end)
            .addValue("actorId", actor.id())
            .addValue("now", now()));
    accessLog.record(actor, Action.SERVICE_DELIVERY_RECORD, Purpose.CLIENT_SERVICE, ServiceTargets.of("support_match", id, childId));
    return new Outcome.Done(id);
  }

  @Transactional
  public Optional<Match> get(Actor.Employee actor, UUID childId, UUID matchId) {
    Optional<Match> match = load(actor, childId, matchId);
    match.ifPresent(
        m -> accessLog.record(
            actor, Action.SERVICE_DELIVERY_VIEW, Purpose.CLIENT_SERVICE, ServiceTargets.of("support_match", matchId, childId)));
    return match;
  }

  @Transactional
  public Outcome recordMeeting(Actor.Employee actor, UUID childId, UUID matchId, SupportForms.Meeting form) {
    Match match = load(actor, childId, matchId).orElseThrow(NotFound::new);
    if (match.closed()) {
      return LIFECYCLE.over("meetingDate");
    }
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate metOn = FormInput.date(form.meetingDate(), "meetingDate", true, problems);
    String notes = FormInput.text(form.meetingNotes(), "meetingNotes", true, FormInput.MAX_TEXT, problems);
    if (metOn != null && metOn.isAfter(match.today())) {
      problems.add(new FieldProblem("meetingDate", "service.error.meetingInFuture"));
    } else if (metOn != null && metOn.isBefore(match.startsOn())) {
      problems.add(new FieldProblem("meetingDate", "service.error.beforeMatchStart"));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    jdbc.update(
        SupportQueries.INSERT_MEETING,
        new MapSqlParameterSource("id", UUID.randomUUID())
            .addValue("matchId", matchId)
            .addValue("metOn", metOn)
            .addValue("notes", notes)
            .addValue("actorId", actor.id())
            .addValue("now", now()));
    return recorded(actor, childId, matchId);
  }

  @Transactional
  public Outcome close(Actor.Employee actor, UUID childId, UUID matchId, MeasureForms.Close form) {
    Match match = load(actor, childId, matchId).orElseThrow(NotFound::new);
    if (match.closed()) {
      return LIFECYCLE.over("matchCloseDate");
    }
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate closedOn = FormInput.date(form.matchCloseDate(), "matchCloseDate", true, problems);
    if (closedOn != null && closedOn.isAfter(match.today())) {
      problems.add(new FieldProblem("matchCloseDate", "service.error.endInFuture"));
    } else if (closedOn != null && closedOn.isBefore(match.startsOn())) {
      problems.add(new FieldProblem("matchCloseDate", "service.error.beforeMatchStart"));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    return change(actor, childId, matchId, SupportQueries.CLOSE_MATCH, Map.of("closedOn", closedOn), "matchCloseDate");
  }

  @Transactional
  public Outcome renew(Actor.Employee actor, UUID childId, UUID matchId, MeasureForms.Renew form) {
    Match match = load(actor, childId, matchId).orElseThrow(NotFound::new);
    return LIFECYCLE.renew(
        match.closed(),
        match.today(),
        form,
        until -> change(actor, childId, matchId, SupportQueries.RENEW_MATCH, Map.of("endsOn", until), "measureRenewUntil"));
  }

  @Transactional
  public Outcome decisionEnded(Actor.Employee actor, UUID childId, UUID matchId, MeasureForms.DecisionEnded form) {
    Match match = load(actor, childId, matchId).orElseThrow(NotFound::new);
    return LIFECYCLE.decisionEnded(
        match.closed(),
        form,
        endedOn ->
            change(actor, childId, matchId, SupportQueries.DECISION_ENDED, Map.of("endedOn", endedOn), "measureDecisionEndedOn"));
  }

  private Outcome change(
      Actor.Employee actor, UUID childId, UUID matchId, String sql, Map<String, Object> values, String field) {
    MapSqlParameterSource p =
        new MapSqlParameterSource(values).addValue("matchId", matchId).addValue("actorId", actor.id()).addValue("now", now());
    return LIFECYCLE.unlessOverMeanwhile(jdbc.update(sql, p), field, () -> recorded(actor, childId, matchId));
  }

  /** A change to the match was stored: logged in the same transaction, and the match is what to show next. */
  private Outcome recorded(Actor.Employee actor, UUID childId, UUID matchId) {
    accessLog.record(actor, Action.SERVICE_DELIVERY_RECORD, Purpose.CLIENT_SERVICE, ServiceTargets.of("support_match", matchId, childId));
    return new Outcome.Done(matchId);
  }

  private Optional<Match> load(Actor.Employee actor, UUID childId, UUID matchId) {
    Optional<ChildSummary> child = children.child(actor, childId);
    if (child.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = today();
    record Row(UUID providerId, LocalDate startsOn, LocalDate endsOn, LocalDate decisionEndedOn, LocalDate closedOn) {}
    Optional<Row> row =
        jdbc.query(
                SupportQueries.MATCH,
                new MapSqlParameterSource("id", matchId).addValue("childId", childId).addValue("countyId", actor.countyId()),
                (rs, i) ->
                    new Row(
                        rs.getObject("provider_id", UUID.class),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("decision_ended_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class)))
            .stream()
            .findFirst();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    List<Meeting> meetings =
        jdbc.query(
            SupportQueries.MEETINGS,
            new MapSqlParameterSource("matchId", matchId),
            (rs, i) ->
                new Meeting(
                    rs.getObject("id", UUID.class),
                    rs.getObject("met_on", LocalDate.class),
                    rs.getString("notes"),
                    rs.getString("recorded_by_name")));
    Row r = row.get();
    SupportProvider provider = register.get(actor.countyId(), r.providerId()).orElseThrow();
    return Optional.of(
        new Match(matchId, child.get(), provider, r.startsOn(), r.endsOn(), r.decisionEndedOn(), r.closedOn(), meetings, today));
  }

  private LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
