package fi.verso.service;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.person.PersonalIdentityCode;
import fi.verso.shared.security.AccessDeniedForAction;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.SecurityEventRecorder;
import fi.verso.shared.web.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer groups (vertaisryhmät, SHL 28 §, LSL 36 §). Anyone who runs groups sees the list, the descriptions and the
 * sessions; who takes part is client data, shown to the group's facilitators only, who alone add participants
 * and record attendance. Reads and writes of participants log.
 */
@Service
public class PeerGroups {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final AccessLog accessLog;
  private final SecurityEventRecorder security;

  PeerGroups(NamedParameterJdbcTemplate jdbc, Clock clock, AccessLog accessLog, SecurityEventRecorder security) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.accessLog = accessLog;
    this.security = security;
  }

  public record GroupRow(UUID id, String name, boolean facilitator, int participants, LocalDate nextSession) {}

  public record Facilitator(UUID id, String name) {}

  public record Participant(UUID id, UUID personId, String name, ParticipantRole role) {}

  public record Session(UUID id, LocalDate heldOn, LocalTime startsAt, int present, int absent) {
    public boolean recorded() {
      return present + absent > 0;
    }
  }

  public record Group(
      UUID id,
      String name,
      String description,
      List<Facilitator> facilitators,
      boolean facilitator,
      List<Participant> participants,
      List<Session> sessions,
      List<Facilitator> candidates,
      LocalDate today) {}

  /** One session's attendance as recorded so far: participant id to present (true) or absent (false). */
  public record Attendance(Group group, Session session, Map<UUID, Boolean> marks) {
    public String mark(UUID participant) {
      Boolean present = marks.get(participant);
      return present == null ? "" : present ? "PRESENT" : "ABSENT";
    }

    /** Attendance is recorded once the session has begun its day, never ahead. */
    public boolean open() {
      return !session.heldOn().isAfter(group.today());
    }
  }

  @Transactional(readOnly = true)
  public List<GroupRow> list(Actor.Employee actor) {
    return jdbc.query(
        PeerGroupQueries.GROUPS,
        new MapSqlParameterSource("me", actor.id()).addValue("countyId", actor.countyId()).addValue("today", today()),
        (rs, i) ->
            new GroupRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getBoolean("facilitator"),
                rs.getInt("participants"),
                rs.getObject("next_session", LocalDate.class)));
  }

  /** A new group; whoever creates it facilitates it. */
  @Transactional
  public Outcome create(Actor.Employee actor, PeerGroupForms.Group form) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = FormInput.text(form.groupName(), "groupName", true, FormInput.MAX_LINE, problems);
    String description = FormInput.text(form.groupDescription(), "groupDescription", true, FormInput.MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    UUID id = UUID.randomUUID();
    MapSqlParameterSource p =
        new MapSqlParameterSource("groupId", id)
            .addValue("countyId", actor.countyId())
            .addValue("name", name)
            .addValue("description", description)
            .addValue("me", actor.id())
            .addValue("employeeId", actor.id())
            .addValue("now", now());
    jdbc.update(PeerGroupQueries.INSERT_GROUP, p);
    jdbc.update(PeerGroupQueries.INSERT_FACILITATOR, p);
    return new Outcome.Done(id);
  }

  /** The group; its participants only for a facilitator, and then the read is logged. */
  @Transactional
  public Optional<Group> group(Actor.Employee actor, UUID groupId) {
    Optional<Group> group = load(actor, groupId);
    group.filter(Group::facilitator)
        .filter(g -> !g.participants().isEmpty())
        .ifPresent(g -> logParticipants(actor, g, "peer_group", groupId));
    return group;
  }

  @Transactional
  public Outcome addFacilitator(Actor.Employee actor, UUID groupId, PeerGroupForms.Facilitator form) {
    Group group = facilitated(actor, groupId);
    List<FieldProblem> problems = new ArrayList<>();
    UUID employee = FormInput.id(form.groupFacilitator(), "groupFacilitator", true, problems);
    if (employee != null && group.candidates().stream().noneMatch(c -> c.id().equals(employee))) {
      problems.add(new FieldProblem("groupFacilitator", "service.error.choose"));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    jdbc.update(
        PeerGroupQueries.INSERT_FACILITATOR,
        new MapSqlParameterSource("groupId", groupId).addValue("employeeId", employee).addValue("now", now()));
    return new Outcome.Done(groupId);
  }

  /** A child or guardian known to the county, by henkilötunnus. */
  @Transactional
  public Outcome addParticipant(Actor.Employee actor, UUID groupId, PeerGroupForms.Participant form) {
    Group group = facilitated(actor, groupId);
    List<FieldProblem> problems = new ArrayList<>();
    ParticipantRole role = FormInput.choice(ParticipantRole.class, form.participantRole(), "participantRole", true, problems);
    UUID person = null;
    if (form.participantCode() == null || form.participantCode().isBlank()) {
      problems.add(new FieldProblem("participantCode", "service.error.required"));
    } else if (PersonalIdentityCode.parse(form.participantCode()) instanceof PersonalIdentityCode.Valid valid) {
      person =
          jdbc.query(
                  PeerGroupQueries.PERSON_BY_CODE,
                  new MapSqlParameterSource("countyId", actor.countyId()).addValue("code", valid.code().value()),
                  (rs, i) -> rs.getObject("id", UUID.class))
              .stream()
              .findFirst()
              .orElse(null);
      if (person == null) {
        problems.add(new FieldProblem("participantCode", "service.error.personNotKnown"));
      } else {
        UUID known = person;
        if (group.participants().stream().anyMatch(p -> p.personId().equals(known))) {
          problems.add(new FieldProblem("participantCode", "service.error.alreadyParticipant"));
        }
      }
    } else {
      problems.add(new FieldProblem("participantCode", "service.error.personalIdentityCode"));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    jdbc.update(
        PeerGroupQueries.INSERT_PARTICIPANT,
        new MapSqlParameterSource("id", UUID.randomUUID())
            .addValue("groupId", groupId)
            .addValue("personId", person)
            .addValue("role", role.name())
            .addValue("me", actor.id())
            .addValue("now", now()));
    accessLog.record(
        actor, Action.PEER_GROUP_MANAGE, Purpose.CLIENT_SERVICE, ServiceTargets.of("peer_group", groupId, person));
    return new Outcome.Done(groupId);
  }

  @Transactional
  public Outcome addSession(Actor.Employee actor, UUID groupId, PeerGroupForms.Session form) {
    facilitated(actor, groupId);
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate heldOn = FormInput.date(form.sessionDate(), "sessionDate", true, problems);
    LocalTime startsAt = FormInput.time(form.sessionTime(), "sessionTime", problems);
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    UUID id = UUID.randomUUID();
    jdbc.update(
        PeerGroupQueries.INSERT_SESSION,
        new MapSqlParameterSource("id", id)
            .addValue("groupId", groupId)
            .addValue("heldOn", heldOn)
            .addValue("startsAt", startsAt)
            .addValue("me", actor.id())
            .addValue("now", now()));
    return new Outcome.Done(id);
  }

  /** A session's attendance form, for a facilitator; the read of who takes part is logged. */
  @Transactional
  public Optional<Attendance> attendance(Actor.Employee actor, UUID groupId, UUID sessionId) {
    Group group = facilitated(actor, groupId);
    Optional<Session> session = group.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst();
    if (session.isEmpty()) {
      return Optional.empty();
    }
    Map<UUID, Boolean> marks = new HashMap<>();
    jdbc.query(
        PeerGroupQueries.ATTENDANCE,
        new MapSqlParameterSource("sessionId", sessionId),
        rs -> {
          marks.put(rs.getObject("participant_id", UUID.class), rs.getBoolean("present"));
        });
    if (!group.participants().isEmpty()) {
      logParticipants(actor, group, "peer_group_session", sessionId);
    }
    return Optional.of(new Attendance(group, session.get(), marks));
  }

  /**
   * Records present or absent for every participant of a session that has been held (or is held today). Typed
   * marks are keyed by participant id; values PRESENT or ABSENT.
   */
  @Transactional
  public Outcome recordAttendance(Actor.Employee actor, UUID groupId, UUID sessionId, Map<UUID, String> typed) {
    Group group = facilitated(actor, groupId);
    Session session =
        group.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst().orElseThrow(NotFound::new);
    List<FieldProblem> problems = new ArrayList<>();
    if (session.heldOn().isAfter(group.today())) {
      problems.add(new FieldProblem("sessionAttendance", "service.error.sessionInFuture"));
    }
    Map<UUID, Boolean> marks = new HashMap<>();
    for (Participant p : group.participants()) {
      String mark = typed.get(p.id());
      if ("PRESENT".equals(mark) || "ABSENT".equals(mark)) {
        marks.put(p.id(), "PRESENT".equals(mark));
      }
    }
    if (group.participants().isEmpty()) {
      problems.add(new FieldProblem("sessionAttendance", "service.error.noParticipants"));
    } else if (marks.size() < group.participants().size()) {
      problems.add(new FieldProblem("sessionAttendance", "service.error.markEveryone"));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    Timestamp now = now();
    marks.forEach(
        (participant, present) ->
            jdbc.update(
                PeerGroupQueries.UPSERT_ATTENDANCE,
                new MapSqlParameterSource("sessionId", sessionId)
                    .addValue("participantId", participant)
                    .addValue("present", present)
                    .addValue("me", actor.id())
                    .addValue("now", now)));
    logParticipants(actor, group, "peer_group_session", sessionId);
    return new Outcome.Done(sessionId);
  }

  /** The group, for one of its facilitators; anyone else is refused and the refusal logged. */
  private Group facilitated(Actor.Employee actor, UUID groupId) {
    Group group = load(actor, groupId).orElseThrow(NotFound::new);
    if (!group.facilitator()) {
      security.record(
          actor, Action.PEER_GROUP_MANAGE, SecurityEventRecorder.Outcome.DENIED, AccessTarget.of("peer_group", groupId));
      throw new AccessDeniedForAction(Action.PEER_GROUP_MANAGE);
    }
    return group;
  }

  private void logParticipants(Actor.Employee actor, Group group, String type, UUID id) {
    accessLog.record(
        actor,
        Action.PEER_GROUP_MANAGE,
        Purpose.CLIENT_SERVICE,
        ServiceTargets.of(type, id, group.participants().stream().map(Participant::personId).toList()));
  }

  private Optional<Group> load(Actor.Employee actor, UUID groupId) {
    MapSqlParameterSource p =
        new MapSqlParameterSource("groupId", groupId).addValue("countyId", actor.countyId()).addValue("me", actor.id());
    record Head(String name, String description, boolean facilitator) {}
    Optional<Head> head =
        jdbc.query(
                PeerGroupQueries.GROUP,
                p,
                (rs, i) -> new Head(rs.getString("name"), rs.getString("description"), rs.getBoolean("facilitator")))
            .stream()
            .findFirst();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    boolean facilitator = head.get().facilitator();
    List<Facilitator> facilitators =
        jdbc.query(
            PeerGroupQueries.FACILITATORS,
            p,
            (rs, i) -> new Facilitator(rs.getObject("id", UUID.class), rs.getString("display_name")));
    List<Participant> participants =
        facilitator
            ? jdbc.query(
                PeerGroupQueries.PARTICIPANTS,
                p,
                (rs, i) ->
                    new Participant(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        (rs.getString("first_name") + " " + rs.getString("last_name")).trim(),
                        ParticipantRole.valueOf(rs.getString("role"))))
            : List.of();
    List<Session> sessions =
        jdbc.query(
            PeerGroupQueries.SESSIONS,
            p,
            (rs, i) ->
                new Session(
                    rs.getObject("id", UUID.class),
                    rs.getObject("held_on", LocalDate.class),
                    rs.getObject("starts_at", LocalTime.class),
                    rs.getInt("present"),
                    rs.getInt("absent")));
    List<Facilitator> candidates =
        facilitator
            ? jdbc.query(
                PeerGroupQueries.FACILITATOR_CANDIDATES,
                p,
                (rs, i) -> new Facilitator(rs.getObject("id", UUID.class), rs.getString("display_name")))
            : List.of();
    return Optional.of(
        new Group(
            groupId,
            head.get().name(),
            head.get().description(),
            facilitators,
            facilitator,
            participants,
            sessions,
            candidates,
            today()));
  }

  private LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
