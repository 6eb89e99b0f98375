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
    // The demo ran at start-up on the demo caseload; running it again changes nothing.
    EmployeePrincipal socialWorker = demoUser("social.worker");
    EmployeePrincipal familyWorker = demoUser("family.worker");
    demo.create();
    demo.create();

    assertThat(jdbc.queryForObject("select count(*) from support_provider where name like '%(demo)'", Integer.class)).isEqualTo(4);
    String register = page(demoUser("social.instructor"), "/employee/support-register");
    int expired = register.indexOf("Ville Vaahtera (demo)");
    assertThat(register.substring(expired, register.indexOf("</tr>", expired))).contains("Rikostaustaote on vanhentunut");
    assertThat(page(familyWorker, "/employee/family-work")).contains("Tehostettu perhetyö");
    assertThat(page(familyWorker, "/employee/peer-groups")).contains("Nuorten vertaisryhmä (demo)");
    assertThat(page(socialWorker, "/employee/ended-measures")).contains("Tukihenkilö");
    assertThat(jdbc.queryForObject("select count(*) from peer_group_attendance", Integer.class)).isPositive();
  }

}
