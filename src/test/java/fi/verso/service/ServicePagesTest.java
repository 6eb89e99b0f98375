package fi.verso.service;

import static fi.verso.service.ServiceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.employee.EmployeeDirectory;
import fi.verso.organisation.Organisation;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ServicePagesTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired EmployeeDirectory employeeDirectory;
  @Autowired Organisation organisation;
  @Autowired DemoServiceData demo;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private EmployeePrincipal demoUser(String username) {
    return (EmployeePrincipal) employeeDirectory.loadUserByUsername(username);
  }

  private String page(EmployeePrincipal who, String url) throws Exception {
    return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void theLandingPageLinksToTheServicesTheEmployeeMayUse() throws Exception {
    assertThat(page(demoUser("family.worker"), "/employee"))
        .contains("href=\"/employee/family-work\"", "href=\"/employee/peer-groups\"", "href=\"/employee/ended-measures\"")
        .doesNotContain("href=\"/employee/support-register\"");
    assertThat(page(demoUser("social.instructor"), "/employee")).contains("href=\"/employee/support-register\"");
    assertThat(page(demoUser("intake"), "/employee"))
        .doesNotContain("/employee/family-work", "/employee/peer-groups", "/employee/support-register", "/employee/ended-measures");
  }

  @Test
  void thePagesSpeakSwedishAndEnglishToo() throws Exception {
    EmployeePrincipal instructor = demoUser("social.instructor");
    assertThat(page(instructor, "/employee/support-register?lang=sv")).contains("Stödpersoner och stödfamiljer");
    assertThat(page(instructor, "/employee/peer-groups?lang=en")).contains("<h1>Peer groups</h1>");
    assertThat(page(instructor, "/employee/family-work?lang=sv")).contains("Mitt familjearbete");
  }

  @Test
  void theDemoGivesTheDemoFamilyWorkerAPeriodAndTheResponsibleWorkerAnEndedMeasure() throws Exception {
    ServiceFixtures data = new ServiceFixtures(jdbc, employeeDirectory, organisation);
    EmployeePrincipal socialWorker = demoUser("social.worker");
    EmployeePrincipal familyWorker = demoUser("family.worker");
    UUID team = data.newTeam();
    // The demo takes the two earliest relationships: these two, whatever other tests have left behind.
    String childName = unique("Demolapsi");
    String secondName = unique("Toinenlapsi");
    UUID child = data.newChild(childName, "fi", data.municipalities().getFirst());
    UUID second = data.newChild(secondName, "fi", data.municipalities().getFirst());
    data.relationship(child, team, "CHILD_WELFARE", socialWorker, null);
    data.relationship(second, team, "SHL_SPECIAL_SUPPORT", socialWorker, null);
    jdbc.update("update client_relationship set started_on = ? where child_id = ?", LocalDate.of(1990, 1, 1), child);
    jdbc.update("update client_relationship set started_on = ? where child_id = ?", LocalDate.of(1990, 1, 2), second);

    demo.create();
    demo.create();

    assertThat(jdbc.queryForObject("select count(*) from support_provider where name like '%(demo)'", Integer.class)).isEqualTo(4);
    String register = page(demoUser("social.instructor"), "/employee/support-register");
    int expired = register.indexOf("Ville Vaahtera (demo)");
    assertThat(register.substring(expired, register.indexOf("</tr>", expired))).contains("Rikostaustaote on vanhentunut");
    assertThat(page(familyWorker, "/employee/family-work")).contains(childName, "Tehostettu perhetyö");
    assertThat(page(familyWorker, "/employee/peer-groups")).contains("Nuorten vertaisryhmä (demo)");
    assertThat(page(socialWorker, "/employee/ended-measures")).contains(secondName, "Tukihenkilö");
    assertThat(jdbc.queryForObject(
            "select count(*) from peer_group_attendance a join peer_group_participant p on p.id = a.participant_id where p.person_id = ?",
            Integer.class, child))
        .isEqualTo(1);
  }
}
