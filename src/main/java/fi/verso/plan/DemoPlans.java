package fi.verso.plan;

import fi.verso.casenote.CaseNoteForm;
import fi.verso.casenote.CaseNotes;
import fi.verso.shared.db.ConditionalOnEmbeddedDatabase;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
 * Demo client plans and case notes for the demo social worker's clients, dated relative to today: a plan with two
 * versions, a plan whose yearly review is overdue, a child not met as often as the plan says, and case notes with
 * a correction. The children and relationships come from the client module's demo data (run before this one);
 * without them nothing is made. Embedded database only; the content is invented.
 */
@Component
@ConditionalOnEmbeddedDatabase
class DemoPlans {
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private final ClientPlans plans;
  private final CaseNotes caseNotes;
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate tx;

  DemoPlans(
      ClientPlans plans, CaseNotes caseNotes, NamedParameterJdbcTemplate jdbc, Clock clock, TransactionTemplate tx) {
    this.plans = plans;
    this.caseNotes = caseNotes;
    this.jdbc = jdbc;
    this.clock = clock;
    this.tx = tx;
  }

  private record Client(UUID relationshipId, UUID childId, String kind) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(30)
  void create() {
    createFor("social.worker");
  }

  /** The demo for one worker's clients; nothing when they have none, or when their plans exist already. */
  void createFor(String username) {
    List<Map<String, Object>> worker =
        jdbc.queryForList(
            "select id, county_id from employee where username = :username",
            new MapSqlParameterSource("username", username));
    if (worker.isEmpty()) {
      return;
    }
    UUID workerId = (UUID) worker.getFirst().get("id");
    List<Client> clients =
        new ArrayList<>(
            jdbc.query(
                """
                select r.id, r.child_id, r.kind from client_relationship r
                 where r.state = 'ACTIVE' and r.responsible_worker_id = :worker
                 order by r.started_on, r.id
                """,
                new MapSqlParameterSource("worker", workerId),
                (rs, i) ->
                    new Client(
                        rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("kind"))));
    Integer planned =
        jdbc.queryForObject(
            """
            select count(*) from client_plan_revision p
              join client_relationship r on r.id = p.relationship_id
             where r.responsible_worker_id = :worker
            """,
            new MapSqlParameterSource("worker", workerId),
            Integer.class);
    if (clients.isEmpty() || (planned != null && planned > 0)) {
      return; // no demo clients yet, or made on an earlier start
    }
    Actor.Employee actor =
        new Actor.Employee(
            workerId, (UUID) worker.getFirst().get("county_id"), username, "demo", Set.of(Role.SOCIAL_WORKER),
            Map.of());
    LocalDate today = LocalDate.now(clock);
    // The yearly review is shown on a child welfare client (an SHL plan has no review date); with a single
    // client, the two versions are worth more.
    Client overdue =
        clients.size() < 2
            ? null
            : clients.stream().filter(c -> c.kind().equals("CHILD_WELFARE")).findFirst().orElse(clients.get(1));
    clients.remove(overdue);
    Client first = clients.removeFirst();
    Client notMet = clients.isEmpty() ? null : clients.getFirst();
    tx.executeWithoutResult(
        status -> {
          planWithTwoVersions(actor, first.childId(), today);
          notesWithCorrection(actor, first.childId(), today);
          if (overdue != null) {
            // Made thirteen months ago: the yearly review (LSL 30 §) is a month late, and the last meeting too.
            save(actor, overdue.childId(), form(0, today.minusMonths(13), 4,
                "Perheessä on ollut paljon riitoja, ja lapsi on jäänyt pois koulusta.",
                "Vanhemmat tarvitsevat tukea kasvatukseen ja arjen rutiineihin.",
                "Perhetyö kerran viikossa; koulukuraattorin tapaamiset.",
                goal("Lapsi käy koulua säännöllisesti.", today.minusMonths(7), GoalStatus.REACHED),
                goal("Perheessä on sovitut arjen rutiinit.", today.minusMonths(4), GoalStatus.IN_PROGRESS)));
            record(actor, overdue.childId(), today.minusWeeks(10), "HOME_VISIT", true,
                "Lapsi, isä", "Kotikäynti. Lapsi esitteli huonettaan ja kertoi koulun sujuvan nyt paremmin.", "");
          }
          if (notMet != null) {
            // Meetings every two weeks agreed two months ago; the child has not been met since.
            save(actor, notMet.childId(), form(0, today.minusMonths(2), 2,
                "Nuoren päihteiden käyttö ja myöhäiset kotiintuloajat huolestuttavat.",
                "Nuori tarvitsee tukihenkilön ja vanhemmat tukea rajojen asettamiseen.",
                "Tukihenkilö; nuorisoaseman päihdetyö.",
                goal("Nuori on sovittuun aikaan kotona arki-iltaisin.", today.plusMonths(4), GoalStatus.IN_PROGRESS)));
            record(actor, notMet.childId(), today.minusMonths(3), "OFFICE", true,
                "Nuori, äiti", "Tutustumistapaaminen toimistolla ennen suunnitelman laatimista.", "");
          }
        });
  }

  private void planWithTwoVersions(Actor.Employee actor, UUID childId, LocalDate today) {
    save(actor, childId, form(0, today.minusMonths(5), 4,
        "Lapsen vanhempi on uupunut, ja lapsi on ollut useita iltoja yksin kotona.",
        "Vanhempi tarvitsee tukea jaksamiseen ja lapsi turvallisen aikuisen iltoihin.",
        "Perhetyö kaksi kertaa kuukaudessa; lapselle tukiperhe yhtenä viikonloppuna kuukaudessa.",
        goal("Lapsi ei ole iltaisin yksin kotona.", today.plusMonths(1), GoalStatus.IN_PROGRESS),
        goal("Vanhempi on yhteydessä aikuispsykiatriaan.", today.minusMonths(2), GoalStatus.NOT_STARTED)));
    save(actor, childId, form(1, today.minusDays(20), 3,
        "Lapsen vanhempi on uupunut, ja lapsi on ollut useita iltoja yksin kotona. Tilanne on kohentunut.",
        "Vanhempi tarvitsee tukea jaksamiseen ja lapsi turvallisen aikuisen iltoihin.",
        "Perhetyö kerran viikossa; lapselle tukiperhe yhtenä viikonloppuna kuukaudessa; vertaisryhmä vanhemmalle.",
        goal("Lapsi ei ole iltaisin yksin kotona.", today.plusMonths(1), GoalStatus.IN_PROGRESS),
        goal("Vanhempi on yhteydessä aikuispsykiatriaan.", today.minusMonths(2), GoalStatus.REACHED),
        goal("Lapsi aloittaa harrastuksen.", today.plusMonths(3), GoalStatus.NOT_STARTED)));
  }

  private void notesWithCorrection(Actor.Employee actor, UUID childId, LocalDate today) {
    record(actor, childId, today.minusDays(40), "HOME_VISIT", true, "Lapsi, vanhempi",
        "Kotikäynti. Lapsi kertoi pelkäävänsä iltaisin, kun on yksin.", "");
    UUID call = record(actor, childId, today.minusDays(25), "PHONE", false, "Vanhempi",
        "Puhelu vanhemman kanssa perhetyön aloittamisesta.", "");
    record(actor, childId, today.minusDays(10), "OFFICE", true, "Lapsi",
        "Tapaaminen toimistolla kahden kesken. Lapsi piirsi perheensä ja kertoi tukiperheviikonlopusta.", "");
    // The phone call was a video meeting, and the family worker took part: corrected, the original stays.
    record(actor, childId, today.minusDays(25), "VIDEO", false, "Vanhempi, perhetyöntekijä",
        "Videotapaaminen vanhemman kanssa perhetyön aloittamisesta.", call.toString());
  }

  private UUID record(
      Actor.Employee actor, UUID childId, LocalDate day, String kind, boolean met, String participants, String notes,
      String corrects) {
    CaseNoteForm form =
        new CaseNoteForm(
            day.atTime(LocalTime.of(10, 0)).format(INPUT), kind, participants, met ? "YES" : "NO", false, "", notes,
            corrects);
    return switch (caseNotes.record(actor, childId, form)) {
      case CaseNotes.Outcome.Recorded r -> r.id();
      default -> throw new IllegalStateException("Demo case note refused");
    };
  }

  private void save(Actor.Employee actor, UUID childId, PlanForm form) {
    if (!(plans.save(actor, childId, form) instanceof ClientPlans.SaveOutcome.Saved)) {
      throw new IllegalStateException("Demo plan refused");
    }
  }

  private static PlanForm.GoalRow goal(String text, LocalDate by, GoalStatus status) {
    return new PlanForm.GoalRow(text, by.toString(), status.name(), false);
  }

  private static PlanForm form(
      int basedOn, LocalDate madeOn, int everyWeeks, String circumstances, String needs, String services,
      PlanForm.GoalRow... goals) {
    return new PlanForm(
        basedOn,
        madeOn.toString(),
        circumstances,
        needs,
        List.of(goals),
        services,
        String.valueOf(everyWeeks),
        "Lapsi, huoltajat, sosiaalityöntekijä ja perhetyöntekijä.",
        "Huoltajat pitävät perhetyötä hyödyllisenä ja toivovat sen jatkuvan.",
        "Keskustelu lapsen kanssa kahden kesken kotikäynnillä.",
        "Lapsi toivoo, että aikuinen on kotona iltaisin.",
        "");
  }
}
