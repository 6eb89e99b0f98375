package fi.verso.client;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.person.People;
import fi.verso.person.Person;
import fi.verso.person.PersonalIdentityCode;
import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.TeamRole;
import fi.verso.shared.web.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need-to-know access to a child's records (Asiakastietolaki 703/2023): anyone in social services may find
 * out that a child is known and by which team, but opening the records without a relationship to the child
 * takes a stated reason. The reason is kept (for the team lead to see) and admits for {@link #VALIDITY}; the
 * access log gets the action and the child, never the reason's text.
 */
@Service
public class RecordAccess {
  static final Duration VALIDITY = Duration.ofHours(8);
  static final int REASON_MIN = 10;
  static final int REASON_MAX = 1000;

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final AccessLog accessLog;
  private final AccessControl access;
  private final People people;
  private final ObjectProvider<ChildAssessments> assessments;

  RecordAccess(
      NamedParameterJdbcTemplate jdbc,
      Clock clock,
      AccessLog accessLog,
      AccessControl access,
      People people,
      ObjectProvider<ChildAssessments> assessments) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.accessLog = accessLog;
    this.access = access;
    this.people = people;
    this.assessments = assessments;
  }

  /** What was typed into the search: a henkilötunnus, or a last name and birth date (first name optional). */
  public record FindForm(String pic, String firstName, String lastName, String birthDate) {
    static FindForm empty() {
      return new FindForm("", "", "", "");
    }
  }

  /** A known child: the name and the team, and whether the searcher may open the records as they are. */
  public record FoundChild(UUID childId, String name, TeamName team, boolean mayView) {}

  public sealed interface FindOutcome {
    record Found(List<FoundChild> children) implements FindOutcome {}

    record Invalid(List<FieldProblem> problems) implements FindOutcome {}
  }

  /** Finds children known to social services (an assessment or a client relationship); the search is logged. */
  @Transactional
  FindOutcome find(Actor.Employee actor, FindForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    List<Person> candidates;
    if (!blank(form.pic())) {
      switch (PersonalIdentityCode.parse(form.pic())) {
        case PersonalIdentityCode.Valid v -> candidates = people.findByCode(actor.countyId(), v.code()).stream().toList();
        case PersonalIdentityCode.Invalid invalid -> {
          problems.add(new FieldProblem("pic", invalid.messageKey()));
          candidates = List.of();
        }
      }
    } else {
      if (blank(form.lastName()) && blank(form.birthDate())) {
        problems.add(new FieldProblem("pic", "client.find.error.nothingGiven"));
        return new FindOutcome.Invalid(problems);
      }
      if (blank(form.lastName())) {
        problems.add(new FieldProblem("lastName", "client.find.error.lastNameRequired"));
      }
      Optional<LocalDate> birth = DateInput.parse(form.birthDate());
      if (blank(form.birthDate())) {
        problems.add(new FieldProblem("birthDate", "client.find.error.birthDateRequired"));
      } else if (birth.isEmpty()) {
        problems.add(new FieldProblem("birthDate", "client.error.dateFormat"));
      }
      candidates =
          problems.isEmpty()
              ? people.findByNameAndBirthDate(actor.countyId(), form.firstName(), form.lastName(), birth.orElseThrow())
              : List.of();
    }
    if (!problems.isEmpty()) {
      return new FindOutcome.Invalid(problems);
    }
    List<FoundChild> found = new ArrayList<>();
    for (Person p : candidates) {
      Optional<TeamName> team = knownTeam(actor.countyId(), p.id());
      if (team.isPresent()) {
        found.add(new FoundChild(p.id(), p.fullName(), team.get(), access.isPermitted(actor, Action.CHILD_RECORDS_VIEW, childTarget(p.id()))));
      }
    }
    accessLog.record(
        actor,
        Action.CHILD_FIND,
        Purpose.CLIENT_SERVICE,
        AccessTarget.of("child_search", "").concerningChildren(found.stream().map(FoundChild::childId).toList()));
    return new FindOutcome.Found(found);
  }

  /** The child's name for the reason form, if the child is known; not logged (the name is already shown by find). */
  @Transactional(readOnly = true)
  Optional<FoundChild> known(Actor.Employee actor, UUID childId) {
    return people.find(actor.countyId(), childId)
        .flatMap(p -> knownTeam(actor.countyId(), p.id()).map(team -> new FoundChild(p.id(), p.fullName(), team, false)));
  }

  /** Opens the records with a reason: kept for the lead, logged without the text. */
  @Transactional
  List<FieldProblem> openWithReason(Actor.Employee actor, UUID childId, String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      return List.of(new FieldProblem("reason", "client.open.error.reasonRequired"));
    }
    if (text.length() < REASON_MIN) {
      return List.of(new FieldProblem("reason", "client.open.error.reasonTooShort", List.of(REASON_MIN)));
    }
    if (text.length() > REASON_MAX) {
      return List.of(new FieldProblem("reason", "client.error.tooLong", List.of(REASON_MAX)));
    }
    Instant now = clock.instant();
    jdbc.update(
        ClientQueries.INSERT_ACCESS_REASON,
        new MapSqlParameterSource("id", UUID.randomUUID())
            .addValue("countyId", actor.countyId())
            .addValue("childId", childId)
            .addValue("employeeId", actor.id())
            .addValue("reason", text)
            .addValue("openedAt", Timestamp.from(now))
            .addValue("validUntil", Timestamp.from(now.plus(VALIDITY))));
    accessLog.record(actor, Action.CHILD_RECORDS_OPEN_WITH_REASON, Purpose.CLIENT_SERVICE, childTarget(childId));
    return List.of();
  }

  public record OpenedRecord(UUID childId, String childName, String openedBy, String reason, Instant openedAt, Instant validUntil) {
    public boolean stillValid(Instant now) {
      return validUntil.isAfter(now);
    }
  }

  /** Records opened with a reason that concern the lead's teams, newest first; the read is logged. */
  @Transactional
  List<OpenedRecord> openedRecords(Actor.Employee lead) {
    List<UUID> teams = ledTeams(lead);
    if (teams.isEmpty()) {
      return List.of();
    }
    List<OpenedRecord> rows =
        jdbc.query(
            ClientQueries.OPENED_RECORDS,
            new MapSqlParameterSource("countyId", lead.countyId()).addValue("teams", teams),
            (rs, i) ->
                new OpenedRecord(
                    rs.getObject("child_id", UUID.class),
                    (rs.getString("first_name") + " " + rs.getString("last_name")).strip(),
                    rs.getString("display_name"),
                    rs.getString("reason"),
                    rs.getTimestamp("opened_at").toInstant(),
                    rs.getTimestamp("valid_until").toInstant()));
    accessLog.record(
        lead,
        Action.TEAM_CASELOAD_VIEW,
        Purpose.SUPERVISION,
        AccessTarget.of("opened_records", "").concerningChildren(rows.stream().map(OpenedRecord::childId).distinct().toList()));
    return rows;
  }

  LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }

  Instant now() {
    return clock.instant();
  }

  static List<UUID> ledTeams(Actor.Employee lead) {
    return lead.teams().entrySet().stream().filter(e -> e.getValue() == TeamRole.LEAD).map(java.util.Map.Entry::getKey).sorted().toList();
  }

  static AccessTarget childTarget(UUID childId) {
    return AccessTarget.of("child", childId).concerningChildren(List.of(childId));
  }

  /**
   * Empty when social services do not know the child (no relationship, no assessment); otherwise the team now
   * working with them: the active relationship's, else the latest relationship's, else the latest assessment's.
   */
  private Optional<TeamName> knownTeam(UUID countyId, UUID childId) {
    List<TeamName> teams =
        jdbc.query(
            ClientQueries.RELATIONSHIP_TEAMS,
            new MapSqlParameterSource("childId", childId).addValue("countyId", countyId),
            (rs, i) -> new TeamName(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")));
    if (!teams.isEmpty()) {
      return Optional.of(teams.getFirst());
    }
    ChildAssessments port = assessments.getIfAvailable();
    List<ChildAssessments.Summary> assessed = port == null ? List.of() : port.forChild(countyId, childId, today());
    return assessed.stream().findFirst().map(ChildAssessments.Summary::team);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
