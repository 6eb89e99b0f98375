package fi.verso.assessment;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.calendar.WorkingDays;
import fi.verso.client.Clients;
import fi.verso.client.Lsl27Ground;
import fi.verso.client.RelationshipForms;
import fi.verso.client.RelationshipKind;
import fi.verso.client.StartRelationship;
import fi.verso.employee.DemoUsers;
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
import fi.verso.shared.db.ConditionalOnEmbeddedDatabase;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo casework, dated relative to today: an assessment in progress and an overdue one, a completed one that
 * started a child welfare client relationship, an active special-support (SHL) client, an ended relationship,
 * and the demo {@code social.worker} responsible for exactly 29 children aged 0-17 in child welfare, so that
 * the 30th assignment is allowed and the 31st refused (LSL 13 b §). Embedded database only; every child is
 * invented (recorded as a reported person, no henkilötunnus).
 *
 * <p>The demo's intake matters stay undecided in the intake queue: the decision is intake's to record. When
 * intake's decision service is at hand, the demo should decide START through it (which publishes
 * {@link AssessmentStartDecided}) instead of calling {@link Assessments#start} directly.
 */
@Component
@ConditionalOnEmbeddedDatabase
class DemoCasework {
  /** Invented first names; the last names below are plainly not real family names. */
  private static final List<String> FIRST_NAMES =
      List.of(
          "Aada", "Eino", "Helmi", "Leo", "Iida", "Onni", "Siiri", "Väinö", "Pihla", "Toivo", "Lilja", "Eelis", "Minea",
          "Hugo", "Ronja", "Veeti", "Nelli", "Joel", "Elsa", "Niilo", "Venla", "Aapo", "Isla", "Lenni", "Aino", "Otso",
          "Kerttu", "Emil", "Saga", "Alvar", "Hilla", "Pyry");
  private static final List<String> LAST_NAMES = List.of("Esimerkki", "Kuvitelma", "Mallinen", "Keksitty", "Demonen");

  static final int SOCIAL_WORKER_CHILDREN = 29;

  private final Assessments assessments;
  private final Clients clients;
  private final People people;
  private final Intake intake;
  private final Organisation organisation;
  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final WorkingDays workingDays = WorkingDays.finland();

  DemoCasework(
      Assessments assessments,
      Clients clients,
      People people,
      Intake intake,
      Organisation organisation,
      NamedParameterJdbcTemplate jdbc,
      TransactionTemplate tx,
      Clock clock) {
    this.assessments = assessments;
    this.clients = clients;
    this.people = people;
    this.intake = intake;
    this.organisation = organisation;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  void create() {
    Integer existing =
        jdbc.queryForObject(
            "select (select count(*) from client_relationship) + (select count(*) from service_need_assessment)",
            new MapSqlParameterSource(),
            Integer.class);
    if (existing != null && existing > 0) {
      return;
    }
    UUID countyId = organisation.currentCounty().id();
    UUID team =
        jdbc.queryForObject(
            "select id from team where county_id = :c and default_intake", new MapSqlParameterSource("c", countyId), UUID.class);
    tx.executeWithoutResult(
        status ->
            createFor(
                countyId,
                team,
                DemoUsers.demoId("social.worker"),
                DemoUsers.demoId("team.lead"),
                DemoUsers.demoId("social.instructor")));
  }

  /**
   * The demo casework for one social worker (and a lead with three children of their own), in the caller's
   * transaction: callable for other workers, so a test can check it without the application's own demo.
   */
  void createFor(UUID countyId, UUID team, UUID socialWorker, UUID lead, UUID workPair) {
    Actor.Employee leadActor =
        new Actor.Employee(lead, countyId, "team.lead", "demo", Set.of(Role.TEAM_LEAD, Role.SOCIAL_WORKER), Map.of(team, TeamRole.LEAD));
    Actor.Employee workerActor =
        new Actor.Employee(socialWorker, countyId, "social.worker", "demo", Set.of(Role.SOCIAL_WORKER), Map.of(team, TeamRole.MEMBER));
    LocalDate today = HelsinkiTime.dateOf(clock.instant());
    int n = 0;
    // 28 children in child welfare for the social worker, aged 1-16 today (none turns 18 soon); the 29th
    // comes from the completed assessment below.
    for (; n < SOCIAL_WORKER_CHILDREN - 1; n++) {
      UUID child = child(countyId, n, today.minusYears(1 + n % 16).minusDays(17L * n));
      start(leadActor, countyId, team, child, RelationshipKind.CHILD_WELFARE, ground(n), today.minusDays(20L + 11L * n),
          socialWorker, n % 4 == 0 ? workPair : null);
    }
    // The lead's own three children.
    for (int i = 0; i < 3; i++, n++) {
      start(leadActor, countyId, team, child(countyId, n, today.minusYears(5 + 3L * i)), RelationshipKind.CHILD_WELFARE,
          Lsl27Ground.GROWING_CONDITIONS_ENDANGER.name(), today.minusDays(100L + 30L * i), lead, null);
    }
    // An active special-support client (SHL): the social worker's, but not counted against the cap.
    UUID shlChild = child(countyId, n++, today.minusYears(9).minusDays(40));
    UUID shl =
        start(leadActor, countyId, team, shlChild, RelationshipKind.SHL_SPECIAL_SUPPORT, RelationshipKind.SHL_BASIS,
            today.minusDays(60), socialWorker, null);
    clients.addFamilyMember(
        leadActor, countyId, shlChild, shl, new RelationshipForms.FamilyMember("Vanhempi Demonen (demo)", "PARENT", ""));
    // An ended relationship: no longer a basis (SHL 34 §).
    UUID endedChild = child(countyId, n++, today.minusYears(12).minusDays(5));
    UUID ended =
        start(leadActor, countyId, team, endedChild, RelationshipKind.SHL_SPECIAL_SUPPORT, RelationshipKind.SHL_BASIS,
            today.minusDays(400), socialWorker, null);
    clients.end(
        leadActor, countyId, endedChild, ended,
        new RelationshipForms.End(today.minusDays(30).toString(), "NO_LONGER_A_BASIS", "", today.minusDays(29).toString(), "0"));

    // An assessment in progress, received 15 working days ago; the child is known only from the notification.
    assessment(countyId, team, socialWorker, lead, workingDays.plusWorkingDays(today, -15), n++,
        today.minusYears(7).minusDays(123), "Lapsi on kertonut opettajalle, että kotona riidellään öisin eikä hän saa nukuttua.");
    // An overdue one: received more than three months ago.
    assessment(countyId, team, socialWorker, lead, today.minusMonths(3).minusDays(6), n++,
        today.minusYears(13).minusDays(77), "Nuori on ollut useita öitä poissa kotoa, eikä huoltaja tiedä, missä hän on.");
    // A completed assessment that started the social worker's 29th child welfare client relationship.
    UUID done =
        assessment(countyId, team, socialWorker, lead, today.minusMonths(2), n++, today.minusYears(4).minusDays(200),
            "Päiväkoti on huolissaan lapsen laihtumisesta ja toistuvista mustelmista.");
    complete(workerActor, countyId, done, socialWorker, today);
  }

  private UUID child(UUID countyId, int n, LocalDate birthDate) {
    String first = FIRST_NAMES.get(n % FIRST_NAMES.size());
    String last = LAST_NAMES.get(n % LAST_NAMES.size()) + " (demo)";
    return people.recordReported(countyId, first, last, birthDate, null);
  }

  private static String ground(int n) {
    return n % 5 == 0 ? Lsl27Ground.OWN_BEHAVIOUR_ENDANGERS.name() : Lsl27Ground.GROWING_CONDITIONS_ENDANGER.name();
  }

  private UUID start(
      Actor actor,
      UUID countyId,
      UUID team,
      UUID child,
      RelationshipKind kind,
      String basis,
      LocalDate startedOn,
      UUID responsible,
      UUID workPair) {
    return switch (clients.start(
        actor, new StartRelationship(countyId, child, team, kind, basis, startedOn, null, responsible, workPair))) {
      case Clients.StartOutcome.Started started -> started.id();
      case Clients.StartOutcome.Refused refused -> throw new IllegalStateException("Demo relationship refused: " + refused.problems());
    };
  }

  /** A notification received on a day, decided to start three working days later, assigned to the worker. */
  private UUID assessment(
      UUID countyId, UUID team, UUID worker, UUID decider, LocalDate receivedOn, int n, LocalDate birthDate, String concern) {
    Instant received = receivedOn.atTime(LocalTime.of(10, 15)).atZone(HelsinkiTime.ZONE).toInstant();
    String first = FIRST_NAMES.get(n % FIRST_NAMES.size());
    String last = LAST_NAMES.get(n % LAST_NAMES.size()) + " (demo)";
    IntakeSubmission submission =
        new IntakeSubmission(
            MatterKind.CHILD_WELFARE_NOTIFICATION,
            Channel.PHONE,
            received,
            new IntakeSubmission.Reporter(
                ReporterType.MANDATED_REPORTER, false, "Ilmoittaja (demo)", "opettaja", MandatedReporterOrganisation.EDUCATION,
                null, null, "ilmoittaja@example.invalid", PoliceNotification.NOT_NEEDED),
            new IntakeSubmission.ChildDetails(first, last, null, birthDate, null, null, null, null),
            null,
            null,
            concern,
            Knowledge.UNKNOWN,
            Knowledge.UNKNOWN);
    UUID key = UUID.nameUUIDFromBytes(("demo-casework:" + worker + concern).getBytes(StandardCharsets.UTF_8));
    ReceivedMatter matter =
        switch (intake.receive(submission, key, new Actor.Employee(decider, countyId, "team.lead", "demo", Set.of(), Map.of()))) {
          case Intake.Outcome.Received r -> r.matter();
          case Intake.Outcome.Invalid invalid -> throw new IllegalStateException("Invalid demo matter: " + invalid.problems());
        };
    return assessments.start(
        new AssessmentStartDecided(
            matter.id(),
            countyId,
            team,
            null,
            new AssessmentStartDecided.ReportedChild(first, last, birthDate, null),
            worker,
            decider,
            workingDays.plusWorkingDays(receivedOn, 3),
            matter.assessmentCompletionDue()));
  }

  private void complete(Actor.Employee worker, UUID countyId, UUID assessmentId, UUID responsible, LocalDate today) {
    UUID childId =
        jdbc.queryForObject(
            "select child_id from service_need_assessment where id = :id", new MapSqlParameterSource("id", assessmentId), UUID.class);
    Map<String, String> v = new LinkedHashMap<>();
    v.put("childMetOn", today.minusDays(10).toString());
    v.put("notMetReason", "");
    v.put("childViewsMethod", "Keskustelu kahden kesken päiväkodissa ja piirtäminen");
    v.put("childViewsContent", "Lapsi kertoi pelkäävänsä iltaisin ja toivoo, että äiti olisi enemmän kotona.");
    v.put("guardiansViews", "Äiti kertoi jaksavansa huonosti ja toivoo apua arkeen.");
    v.put("summary", "Lapsen kasvuolosuhteet vaarantavat hänen kehityksensä. Lapsi tarvitsee lastensuojelun avohuollon tukitoimia.");
    v.put("workPair", "");
    v.put("conclusion", Conclusion.CHILD_WELFARE_CLIENT.name());
    v.put("lsl27Ground", Lsl27Ground.GROWING_CONDITIONS_ENDANGER.name());
    v.put("responsibleWorker", responsible.toString());
    v.put("noticeSentOn", today.toString());
    v.put("noticeLanguage", "FI");
    v.put("noticeRecipients", "Lapsi ja huoltaja (demo)");
    v.put("version", "0");
    switch (assessments.complete(worker, childId, assessmentId, AssessmentForm.of(v))) {
      case Assessments.Outcome.Completed c -> {}
      default -> throw new IllegalStateException("The demo assessment could not be completed");
    }
  }
}
