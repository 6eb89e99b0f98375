package fi.verso.service;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.organisation.Municipality;
import fi.verso.organisation.Organisation;
import fi.verso.shared.db.ConditionalOnEmbeddedDatabase;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo services on the demo client relationships, dated relative to today: a support register (one entry with a
 * criminal record check that is too old), a family work period with visits for the demo family worker, a peer
 * group with a session and attendance, and one support match whose period is over. Embedded database only;
 * every name is invented and contacts use example.invalid. Runs after the client module's demo data and does
 * nothing when there are no client relationships.
 */
@Component
@ConditionalOnEmbeddedDatabase
class DemoServiceData {
  private static final String FAMILY_WORKER = "family.worker";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final Organisation organisation;
  private final TransactionTemplate tx;

  DemoServiceData(NamedParameterJdbcTemplate jdbc, Clock clock, Organisation organisation, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.organisation = organisation;
    this.tx = tx;
  }

  private record Relationship(UUID id, UUID childId, String kind) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  void create() {
    UUID countyId = organisation.currentCounty().id();
    MapSqlParameterSource county = new MapSqlParameterSource("countyId", countyId);
    Integer existing =
        jdbc.queryForObject(
            "select count(*) from support_provider where county_id = :countyId and name like '%(demo)'", county, Integer.class);
    if (existing != null && existing > 0) {
      return;
    }
    List<Relationship> relationships =
        jdbc.query(
            """
            select id, child_id, kind from client_relationship
             where county_id = :countyId and state = 'ACTIVE'
             order by started_on, id limit 2
            """,
            county,
            (rs, i) -> new Relationship(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("kind")));
    Optional<UUID> familyWorker =
        jdbc.query(
                "select id from employee where username = :u and county_id = :countyId",
                new MapSqlParameterSource("u", FAMILY_WORKER).addValue("countyId", countyId),
                (rs, i) -> rs.getObject("id", UUID.class))
            .stream()
            .findFirst();
    if (relationships.isEmpty() || familyWorker.isEmpty()) {
      return;
    }
    List<String> areas = organisation.municipalities(countyId).stream().map(Municipality::code).toList();
    LocalDate today = HelsinkiTime.dateOf(clock.instant());
    tx.executeWithoutResult(status -> {
      Timestamp now = Timestamp.from(clock.instant());
      UUID available =
          provider(countyId, "SUPPORT_PERSON", "Sanni Sateenkari (demo)", "sanni.sateenkari@example.invalid",
              "Tukihenkilöiden ennakkovalmennus", today.minusYears(2), today.minusYears(1), "{fi}", "AVAILABLE",
              areas.subList(0, Math.min(2, areas.size())), now);
      provider(countyId, "SUPPORT_FAMILY", "Perhe Kuusikko (demo)", "kuusikko@example.invalid",
          "Tukiperheiden valmennus", today.minusYears(3), today.minusMonths(8), "{fi,sv}", "AVAILABLE", areas, now);
      // Checked six years ago: flagged in the register and refused for new matches.
      provider(countyId, "SUPPORT_PERSON", "Ville Vaahtera (demo)", "ville.vaahtera@example.invalid",
          "Tukihenkilöiden ennakkovalmennus", today.minusYears(7), today.minusYears(6), "{fi,en}", "AVAILABLE",
          areas.subList(0, 1), now);
      provider(countyId, "SUPPORT_FAMILY", "Perhe Lehtola (demo)", "lehtola@example.invalid",
          null, null, today.minusYears(1), "{fi,ru}", "PAUSED", areas.subList(Math.max(0, areas.size() - 2), areas.size()), now);

      Relationship first = relationships.getFirst();
      UUID period = UUID.randomUUID();
      jdbc.update(
          FamilyWorkQueries.INSERT_PERIOD,
          new MapSqlParameterSource("id", period)
              .addValue("countyId", countyId)
              .addValue("relationshipId", first.id())
              .addValue("childId", first.childId())
              .addValue("kind", first.kind().equals("CHILD_WELFARE") ? "INTENSIFIED_FAMILY_WORK" : "FAMILY_WORK")
              .addValue("workerId", familyWorker.get())
              .addValue("startedOn", today.minusMonths(2))
              .addValue("plannedEndOn", today.plusMonths(4))
              .addValue("goals", "Arjen rytmi: aamut sujuvat ja lapsi on koulussa ajallaan.\nVanhemmat jaksavat ja saavat tukea verkostosta.")
              .addValue("actorId", familyWorker.get())
              .addValue("now", now));
      visit(period, today.minusWeeks(6), "2", "Tutustumiskäynti kotona. Sovittiin aamurutiineista.", familyWorker.get(), now);
      visit(period, today.minusWeeks(3), "1.5", "Aamut sujuneet paremmin. Harjoiteltiin viikko-ohjelmaa.", familyWorker.get(), now);
      visit(period, today.minusDays(7), "1.5", "Käytiin läpi koulun viestit yhdessä vanhemman kanssa.", familyWorker.get(), now);
      jdbc.update(
          FamilyWorkQueries.SET_NEXT_VISIT,
          new MapSqlParameterSource("periodId", period).addValue("nextVisit", today.plusDays(3)).addValue("now", now));

      // A support match whose period ended yesterday: flagged to the child's responsible worker.
      Relationship ended = relationships.getLast();
      jdbc.update(
          SupportQueries.INSERT_MATCH,
          new MapSqlParameterSource("id", UUID.randomUUID())
              .addValue("countyId", countyId)
              .addValue("providerId", available)
              .addValue("relationshipId", ended.id())
              .addValue("childId", ended.childId())
              .addValue("startsOn", today.minusMonths(6))
              .addValue("endsOn", today.minusDays(1))
              .addValue("actorId", familyWorker.get())
              .addValue("now", now));

      UUID group = UUID.randomUUID();
      MapSqlParameterSource g =
          new MapSqlParameterSource("groupId", group)
              .addValue("countyId", countyId)
              .addValue("name", "Nuorten vertaisryhmä (demo)")
              .addValue("description", "Yläkouluikäisten ryhmä, joka kokoontuu joka toinen tiistai. Puhutaan koulusta, kavereista ja jaksamisesta.")
              .addValue("me", familyWorker.get())
              .addValue("employeeId", familyWorker.get())
              .addValue("now", now);
      jdbc.update(PeerGroupQueries.INSERT_GROUP, g);
      jdbc.update(PeerGroupQueries.INSERT_FACILITATOR, g);
      UUID session = UUID.randomUUID();
      jdbc.update(
          PeerGroupQueries.INSERT_SESSION,
          new MapSqlParameterSource(g.getValues()).addValue("id", session).addValue("heldOn", today.minusDays(2)).addValue("startsAt", LocalTime.of(17, 30)));
      jdbc.update(
          PeerGroupQueries.INSERT_SESSION,
          new MapSqlParameterSource(g.getValues()).addValue("id", UUID.randomUUID()).addValue("heldOn", today.plusDays(12)).addValue("startsAt", LocalTime.of(17, 30)));
      for (Relationship r : relationships) {
        UUID participant = UUID.randomUUID();
        jdbc.update(
            PeerGroupQueries.INSERT_PARTICIPANT,
            new MapSqlParameterSource(g.getValues()).addValue("id", participant).addValue("personId", r.childId()).addValue("role", "CHILD"));
        jdbc.update(
            PeerGroupQueries.UPSERT_ATTENDANCE,
            new MapSqlParameterSource(g.getValues())
                .addValue("sessionId", session)
                .addValue("participantId", participant)
                .addValue("present", r == first));
      }
    });
  }

  private UUID provider(
      UUID countyId, String kind, String name, String contact, String course, LocalDate trainedOn, LocalDate checkedOn,
      String languages, String availability, List<String> areas, Timestamp now) {
    UUID id = UUID.randomUUID();
    MapSqlParameterSource p =
        new MapSqlParameterSource(
                Map.of("id", id, "countyId", countyId, "kind", kind, "name", name, "contact", contact))
            .addValue("trainingCourse", course)
            .addValue("trainingCompletedOn", trainedOn)
            .addValue("checkedOn", checkedOn)
            .addValue("languages", languages)
            .addValue("availability", availability)
            .addValue("now", now);
    jdbc.update(SupportQueries.INSERT_PROVIDER, p);
    for (String area : areas) {
      jdbc.update(SupportQueries.INSERT_AREA, new MapSqlParameterSource(p.getValues()).addValue("code", area));
    }
    return id;
  }

  private void visit(UUID period, LocalDate on, String hours, String notes, UUID worker, Timestamp now) {
    jdbc.update(
        FamilyWorkQueries.INSERT_VISIT,
        new MapSqlParameterSource("id", UUID.randomUUID())
            .addValue("periodId", period)
            .addValue("visitedOn", on)
            .addValue("hours", new BigDecimal(hours))
            .addValue("notes", notes)
            .addValue("actorId", worker)
            .addValue("now", now));
  }
}
