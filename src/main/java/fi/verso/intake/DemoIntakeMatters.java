package fi.verso.intake;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.calendar.WorkingDays;
import fi.verso.intake.IntakeSubmission.ChildDetails;
import fi.verso.intake.IntakeSubmission.ContactConsent;
import fi.verso.intake.IntakeSubmission.Prenatal;
import fi.verso.intake.IntakeSubmission.Reporter;
import fi.verso.organisation.Organisation;
import fi.verso.shared.db.ConditionalOnEmbeddedDatabase;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * A living demo queue, dated relative to today so that it shows every clock state whenever Verso is started:
 * urgency not yet assessed, working days left, due today, overdue, a prenatal notification, a duplicate
 * suggestion and a confirmed link. Embedded database only; the names are invented.
 */
@Component
@ConditionalOnEmbeddedDatabase
class DemoIntakeMatters {
  private final Intake intake;
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final Organisation organisation;
  private final TransactionTemplate tx;
  private final WorkingDays workingDays = WorkingDays.finland();

  DemoIntakeMatters(
      Intake intake, NamedParameterJdbcTemplate jdbc, Clock clock, Organisation organisation, TransactionTemplate tx) {
    this.intake = intake;
    this.jdbc = jdbc;
    this.clock = clock;
    this.organisation = organisation;
    this.tx = tx;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  void create() {
    Integer existing =
        jdbc.queryForObject("select count(*) from intake_matter", new MapSqlParameterSource(), Integer.class);
    if (existing != null && existing > 0) {
      return;
    }
    UUID countyId = organisation.currentCounty().id();
    UUID teamId =
        jdbc.queryForObject(
            "select id from team where county_id = :c and default_intake", new MapSqlParameterSource("c", countyId), UUID.class);
    Actor.Employee worker =
        new Actor.Employee(
            demoEmployee("intake"), countyId, "intake", "demo", Set.of(Role.INTAKE_WORKER), Map.of(teamId, TeamRole.MEMBER));
    LocalDate today = HelsinkiTime.dateOf(clock.instant());
    // The county's own municipalities, so the demo works whichever county the deployment serves.
    java.util.List<String> codes =
        organisation.municipalities(countyId).stream().map(fi.verso.organisation.Municipality::code).toList();
    java.util.function.IntFunction<String> municipality = i -> codes.get(i % codes.size());
    tx.executeWithoutResult(
        status -> {
          Instant now = clock.instant();
          // Arrived an hour ago through the web form, anonymously: urgency not yet assessed.
          receive(notification(Channel.ELECTRONIC, now.minusSeconds(3600), anonymous(),
              child("Ella", "Esimerkki", null, null, 6, municipality.apply(0)),
              "Lapsi on ollut useana iltana myöhään yksin pihalla, eikä kotona ole vastattu ovikelloon."), worker);
          // Phoned in three working days ago by a school nurse; urgency assessed.
          UUID nurse = receive(notification(Channel.PHONE, at(workingDays.plusWorkingDays(today, -3), 9, 15),
              mandated("Terveydenhoitaja (demo)", "kouluterveydenhoitaja", MandatedReporterOrganisation.HEALTH_CARE),
              child("Onni", "Virtanen", "150514A903E", null, null, municipality.apply(0)),
              "Oppilas on laihtunut ja kertoo, ettei kotona ole ollut ruokaa."), worker);
          assessUrgency(nurse, false, "Yhteys huoltajaan, ei välitöntä vaaraa.", worker, now);
          // Received seven working days ago: the assessment must start today.
          UUID today7 = receive(notification(Channel.PAPER, at(workingDays.plusWorkingDays(today, -7), 13, 0),
              mandated("Varhaiskasvatuksen opettaja (demo)", "varhaiskasvatuksen opettaja", MandatedReporterOrganisation.EARLY_CHILDHOOD_EDUCATION),
              child("Aino", "Korhonen", null, LocalDate.of(2021, 8, 14), null, municipality.apply(1)),
              "Lapsi tuodaan päiväkotiin usein väsyneenä ja likaisissa vaatteissa."), worker);
          assessUrgency(today7, false, "Ei kiireellisiä toimia.", worker, now);
          // Received ten working days ago and still undecided: overdue.
          UUID late = receive(notification(Channel.ELECTRONIC, at(workingDays.plusWorkingDays(today, -10), 22, 40),
              anonymous(), child("Eetu", "Nieminen", "070912A902Y", null, null, municipality.apply(2)),
              "Nuori on ollut poissa koulusta viikkoja ja liikkuu öisin vanhempien seurassa."), worker);
          assessUrgency(late, false, "Soitettu huoltajalle, tapaaminen sovittu.", worker, now);
          // Two notifications about the same child without a henkilötunnus: a suggested link.
          receive(notification(Channel.ELECTRONIC, at(workingDays.plusWorkingDays(today, -2), 18, 5), anonymous(),
              child("Aino", "Korhonen", null, LocalDate.of(2021, 8, 14), null, municipality.apply(1)),
              "Naapurista kuuluu huutoa ja lapsen itkua iltaisin."), worker);
          // A professional's contact request made together with the family.
          receive(new IntakeSubmission(MatterKind.CONTACT_REQUEST, Channel.ELECTRONIC,
              at(workingDays.plusWorkingDays(today, -1), 11, 30),
              mandated("Koulukuraattori (demo)", "koulukuraattori", MandatedReporterOrganisation.EDUCATION),
              child("Mikael", "Lahtinen", null, LocalDate.of(2012, 2, 3), null, municipality.apply(3)), null,
              new ContactConsent(ContactBasis.WITH_FAMILY, null),
              "Perhe toivoo tukea nuoren koulunkäyntiin ja vanhempien jaksamiseen.", null, null), worker);
          // A contact request about a child under a non-disclosure order (turvakielto).
          receive(new IntakeSubmission(MatterKind.CONTACT_REQUEST, Channel.ELECTRONIC,
              at(workingDays.plusWorkingDays(today, -2), 8, 45),
              mandated("Opettaja (demo)", "luokanopettaja", MandatedReporterOrganisation.EDUCATION),
              child("Liisa", "Lind", "200318A9033", null, null, municipality.apply(2)), null,
              new ContactConsent(ContactBasis.WITH_CONSENT, null),
              "Huoltaja toivoo tukea lapsen koulunkäyntiin muuton jälkeen.", null, null), worker);
          // A guardian's application for family work.
          receive(new IntakeSubmission(MatterKind.FAMILY_WORK_APPLICATION, Channel.ELECTRONIC,
              now.minusSeconds(5 * 3600),
              new Reporter(ReporterType.GUARDIAN, false, "Huoltaja (demo)", null, null, null, null, "huoltaja@example.invalid", null),
              child("Venla", "Mäkinen", null, LocalDate.of(2019, 11, 20), null, municipality.apply(4)), null, null,
              "Vauvan syntymän jälkeen arki on käynyt raskaaksi, toivomme apua päivärytmiin.", null, null), worker);
          // A midwife's prenatal notification: no child yet.
          receive(new IntakeSubmission(MatterKind.PRENATAL_NOTIFICATION, Channel.ELECTRONIC,
              at(workingDays.plusWorkingDays(today, -4), 10, 0),
              mandated("Kätilö (demo)", "kätilö", MandatedReporterOrganisation.HEALTH_CARE), null,
              new Prenatal("Odottava äiti (demo), Mikkeli", today.plusMonths(3)), null,
              "Odottavalla äidillä on vaikea päihdeongelma, eikä hän ole sitoutunut hoitoon.", null, null), worker);
        });
  }

  private UUID receive(IntakeSubmission submission, Actor actor) {
    UUID key = UUID.nameUUIDFromBytes((submission.concern()).getBytes(StandardCharsets.UTF_8));
    return switch (intake.receive(submission, key, actor)) {
      case Intake.Outcome.Received r -> r.matter().id();
      case Intake.Outcome.Invalid invalid -> throw new IllegalStateException("Invalid demo matter: " + invalid.problems());
    };
  }

  private void assessUrgency(UUID matter, boolean urgent, String measures, Actor.Employee by, Instant at) {
    jdbc.update(
        """
        insert into intake_urgency_assessment (matter_id, urgent, measures, assessed_by, assessed_at)
        values (:m, :u, :measures, :by, :at)
        """,
        new MapSqlParameterSource()
            .addValue("m", matter)
            .addValue("u", urgent)
            .addValue("measures", measures)
            .addValue("by", by.id())
            .addValue("at", Timestamp.from(at)));
  }

  private static IntakeSubmission notification(
      Channel channel, Instant received, Reporter reporter, ChildDetails child, String concern) {
    return new IntakeSubmission(
        MatterKind.CHILD_WELFARE_NOTIFICATION, channel, received, reporter, child, null, null, concern,
        Knowledge.UNKNOWN, Knowledge.UNKNOWN);
  }

  private static Reporter anonymous() {
    return new Reporter(ReporterType.PRIVATE_PERSON, true, null, null, null, null, null, null, null);
  }

  private static Reporter mandated(String name, String profession, MandatedReporterOrganisation organisation) {
    return new Reporter(
        ReporterType.MANDATED_REPORTER, false, name, profession, organisation, null, null, "ilmoittaja@example.invalid",
        PoliceNotification.NOT_NEEDED);
  }

  private static ChildDetails child(
      String first, String last, String pic, LocalDate birth, Integer age, String municipality) {
    return new ChildDetails(first, last, pic, birth, age, null, municipality, null);
  }

  private static Instant at(LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(HelsinkiTime.ZONE).toInstant();
  }

  private static UUID demoEmployee(String username) {
    return UUID.nameUUIDFromBytes(("demo-employee:" + username).getBytes(StandardCharsets.UTF_8));
  }
}
