package fi.verso.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.assessment.CaseworkFixtures;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.employee.EmployeeDirectory;
import fi.verso.intake.Intake;
import fi.verso.organisation.Organisation;
import fi.verso.person.People;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

@IntegrationTest
class TeamCaseloadTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final LocalDate SCHOOL_AGE = LocalDate.of(2015, 6, 1);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmployeeDirectory employees;
  @Autowired TestClock clock;
  @Autowired Intake intake;
  @Autowired Clients clients;
  @Autowired People people;
  @Autowired Organisation organisation;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  CaseworkFixtures data;

  @BeforeEach
  void setUp() {
    clock.set(ZonedDateTime.of(TODAY.atTime(10, 0), HelsinkiTime.ZONE));
    data = new CaseworkFixtures(jdbc, intake, clients, people, organisation, transactions, events);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private MockHttpServletRequestBuilder asLead(MockHttpServletRequestBuilder request) {
    return request.with(user(employees.loadUserByUsername("team.lead")));
  }

  private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private int caseload(UUID worker) {
    return clients.caseloads(List.of(worker), TODAY).getOrDefault(worker, 0);
  }

  @Test
  void theLeadSeesEveryWorkersCountAgainstTheCapInWords() throws Exception {
    CaseworkFixtures.Employee full = data.socialWorker("Terttu Täynnä");
    CaseworkFixtures.Employee room = data.socialWorker("Vesa Vapaa");
    CaseworkFixtures.Employee instructor = data.employee("Ossi Ohjaaja", false, Role.SOCIAL_WORKER, data.intakeTeam(), TeamRole.MEMBER);
    data.caseload(full.id(), RelationshipKind.CHILD_WELFARE, 30, SCHOOL_AGE, LocalDate.of(2025, 9, 1));
    data.caseload(room.id(), RelationshipKind.CHILD_WELFARE, 27, SCHOOL_AGE, LocalDate.of(2025, 9, 1));
    data.caseload(room.id(), RelationshipKind.SHL_SPECIAL_SUPPORT, 2, SCHOOL_AGE, LocalDate.of(2025, 9, 1));

    String html = body(asLead(get("/employee/team/caseload")), 200);

    assertThat(html)
        .contains("<caption>Sosiaalityöntekijät ja heidän vastuullaan olevien lasten määrä</caption>")
        .containsPattern(full.name() + "</a></th>\\s*<td>30</td>\\s*<td>30</td>\\s*<td[^>]*>Täynnä: ei voi ottaa uusia lapsia</td>")
        .containsPattern(room.name() + "</a></th>\\s*<td>27</td>\\s*<td>30</td>\\s*<td[^>]*>Tilaa 3 lapselle</td>")
        .contains("Ei sosiaalityöntekijän kelpoisuutta: ei voi vastata lapsen asioista")
        .contains("Ei: SHL-asiakkuus")
        .contains("Sami Sosiaalityö (demo)");
    assertThat(html.indexOf(instructor.name())).isPositive();
  }

  @Test
  void theLeadMovesAChildToAnotherWorkerAndTheCapIsChecked() throws Exception {
    CaseworkFixtures.Employee full = data.socialWorker("Hanna Huippu");
    CaseworkFixtures.Employee from = data.socialWorker("Lauri Luovuttaja");
    data.caseload(full.id(), RelationshipKind.CHILD_WELFARE, 30, SCHOOL_AGE, LocalDate.of(2025, 9, 1));
    UUID child = data.child("Siirtyvä", SCHOOL_AGE);
    UUID relationship = data.relationship(child, RelationshipKind.CHILD_WELFARE, from.id(), LocalDate.of(2026, 1, 1));

    String refused =
        body(asLead(post("/employee/team/caseload/transfer").with(csrf()).param("childId", child.toString())
            .param("relationshipId", relationship.toString()).param("responsibleWorker", full.id().toString()).param("version", "0")), 422);
    assertThat(refused)
        .contains("Vastaavaa sosiaalityöntekijää ei vaihdettu")
        .contains(full.name() + ": vastuulla on 30 lasta, ja enimmäismäärä on 30")
        .contains("href=\"#move-" + relationship + "\"");
    assertThat(caseload(from.id())).isEqualTo(1);

    CaseworkFixtures.Employee to = data.socialWorker("Ville Vastaanottaja");
    mvc.perform(asLead(post("/employee/team/caseload/transfer").with(csrf()).param("childId", child.toString())
            .param("relationshipId", relationship.toString()).param("responsibleWorker", to.id().toString()).param("version", "0")))
        .andExpect(status().is3xxRedirection());
    assertThat(caseload(from.id())).isZero();
    assertThat(caseload(to.id())).isEqualTo(1);
    assertThat(data.count("select count(*) from client_worker_period where relationship_id = ? and role = 'RESPONSIBLE'", relationship))
        .isEqualTo(2);
  }

  @Test
  void theCaseloadPageIsTheTeamLeadsOnly() throws Exception {
    mvc.perform(get("/employee/team/caseload").with(user(employees.loadUserByUsername("social.worker")))).andExpect(status().isForbidden());
  }
}
