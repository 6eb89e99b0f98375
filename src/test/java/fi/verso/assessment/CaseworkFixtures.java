package fi.verso.assessment;

import fi.verso.client.Clients;
import fi.verso.client.Lsl27Ground;
import fi.verso.client.RelationshipKind;
import fi.verso.client.StartRelationship;
import fi.verso.intake.AssessmentStartDecided;
import fi.verso.intake.Channel;
import fi.verso.intake.Intake;
import fi.verso.intake.IntakeSubmission;
import fi.verso.intake.Knowledge;
import fi.verso.intake.MandatedReporterOrganisation;
import fi.verso.intake.MatterKind;
import fi.verso.intake.PoliceNotification;
import fi.verso.intake.ReceivedMatter;
import fi.verso.intake.ReporterType;
import fi.verso.organisation.Organisation;
import fi.verso.person.People;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds casework for one test: employees, children, matters, assessments and relationships of its own, with
 * names unique to the test so that tests sharing an application context never see each other's data.
 */
public final class CaseworkFixtures {
  private final JdbcTemplate jdbc;
  private final Intake intake;
  private final Clients clients;
  private final People people;
  private final Organisation organisation;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  public CaseworkFixtures(
      JdbcTemplate jdbc,
      Intake intake,
      Clients clients,
      People people,
      Organisation organisation,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.intake = intake;
    this.clients = clients;
    this.people = people;
    this.organisation = organisation;
    this.tx = new TransactionTemplate(transactions);
    this.events = events;
  }

  public UUID countyId() {
    return organisation.currentCounty().id();
  }

  /** The county's default intake team: the demo team.lead leads it, the demo social.worker is a member. */
  public UUID intakeTeam() {
    return jdbc.queryForObject("select id from team where county_id = ? and default_intake", UUID.class, countyId());
  }

  /** Text made unique to this test, for names and usernames. */
  public String unique(String text) {
    return text + " " + suffix;
  }

  public record Employee(UUID id, String username, String name) {}

  /** An enabled employee in a team; {@code qualified} is the LSL 13 b § qualification of a social worker. */
  public Employee employee(String name, boolean qualified, Role role, UUID team, TeamRole teamRole) {
    UUID id = UUID.randomUUID();
    String username = (name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "." + suffix + "." + id.toString().substring(0, 4));
    String displayName = unique(name);
    jdbc.update(
        "insert into employee (id, county_id, username, password_hash, display_name, roles, qualified_social_worker)"
            + " values (?, ?, ?, 'not-a-hash', ?, string_to_array(?, ','), ?)",
        id, countyId(), username, displayName, role.name(), qualified);
    jdbc.update("insert into team_membership (team_id, employee_id, team_role) values (?, ?, ?)", team, id, teamRole.name());
    return new Employee(id, username, displayName);
  }

  public Employee socialWorker(String name) {
    return employee(name, true, Role.SOCIAL_WORKER, intakeTeam(), TeamRole.MEMBER);
  }

  /** An invented child recorded as reported (no henkilötunnus). */
  public UUID child(String firstName, LocalDate birthDate) {
    return people.recordReported(countyId(), firstName, unique("Testilapsi"), birthDate, null);
  }

  public String lastName() {
    return unique("Testilapsi");
  }

  /** A child welfare notification received on a day (by phone, at 10.15), about a child named in it. */
  public ReceivedMatter matter(LocalDate receivedOn, String childFirstName, LocalDate birthDate) {
    IntakeSubmission submission =
        new IntakeSubmission(
            MatterKind.CHILD_WELFARE_NOTIFICATION,
            Channel.PHONE,
            receivedOn.atTime(LocalTime.of(10, 15)).atZone(fi.verso.calendar.HelsinkiTime.ZONE).toInstant(),
            new IntakeSubmission.Reporter(
                ReporterType.MANDATED_REPORTER, false, "Ilmoittaja", "opettaja", MandatedReporterOrganisation.EDUCATION, null,
                null, "ilmoittaja@example.invalid", PoliceNotification.NOT_NEEDED),
            new IntakeSubmission.ChildDetails(childFirstName, lastName(), null, birthDate, null, null, null, null),
            null,
            null,
            "Huoli lapsesta " + UUID.randomUUID(),
            Knowledge.UNKNOWN,
            Knowledge.UNKNOWN);
    Actor actor =
        new Actor.Employee(
            fi.verso.employee.DemoUsers.demoId("intake"), countyId(), "intake", "intake", Set.of(Role.INTAKE_WORKER), Map.of());
    return switch (intake.receive(submission, UUID.randomUUID(), actor)) {
      case Intake.Outcome.Received r -> r.matter();
      case Intake.Outcome.Invalid invalid -> throw new IllegalStateException(invalid.problems().toString());
    };
  }

  /**
   * An assessment started the way intake starts one: the event published inside a transaction. {@code childId}
   * may be null: the listener then records the child from the matter's details.
   */
  public UUID assessment(UUID childId, String childFirstName, LocalDate birthDate, UUID team, UUID worker, LocalDate receivedOn) {
    ReceivedMatter matter = matter(receivedOn, childFirstName, birthDate);
    tx.executeWithoutResult(
        status ->
            events.publishEvent(
                new AssessmentStartDecided(
                    matter.id(),
                    countyId(),
                    team,
                    childId,
                    new AssessmentStartDecided.ReportedChild(childFirstName, lastName(), birthDate, null),
                    worker,
                    worker,
                    receivedOn.plusDays(2),
                    matter.assessmentCompletionDue())));
    return jdbc.queryForObject("select id from service_need_assessment where matter_id = ?", UUID.class, matter.id());
  }

  public UUID childOf(UUID assessmentId) {
    return jdbc.queryForObject("select child_id from service_need_assessment where id = ?", UUID.class, assessmentId);
  }

  /** A client relationship started directly, as urgent measures or a completed assessment would. */
  public UUID relationship(UUID child, RelationshipKind kind, UUID worker, LocalDate startedOn) {
    String basis = kind == RelationshipKind.CHILD_WELFARE ? Lsl27Ground.GROWING_CONDITIONS_ENDANGER.name() : RelationshipKind.SHL_BASIS;
    Actor actor = new Actor.Employee(worker, countyId(), "fixture", "fixture", Set.of(Role.SOCIAL_WORKER), Map.of());
    return tx.execute(
        status ->
            switch (clients.start(actor, new StartRelationship(countyId(), child, intakeTeam(), kind, basis, startedOn, null, worker, null))) {
              case Clients.StartOutcome.Started s -> s.id();
              case Clients.StartOutcome.Refused r -> throw new IllegalStateException(r.problems().toString());
            });
  }

  /** {@code count} children of the given birth date in the worker's care, all of one kind. */
  public void caseload(UUID worker, RelationshipKind kind, int count, LocalDate birthDate, LocalDate startedOn) {
    for (int i = 0; i < count; i++) {
      relationship(child("Lapsi" + i, birthDate), kind, worker, startedOn);
    }
  }

  public int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }
}
