package fi.verso.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.employee.EmployeeDirectory;
import fi.verso.organisation.Organisation;
import fi.verso.person.People;
import fi.verso.person.PersonalIdentityCode;
import fi.verso.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AccessLogPageTest {
  @Autowired MockMvc mvc;
  @Autowired EmployeeDirectory employees;
  @Autowired JdbcTemplate jdbc;
  @Autowired People people;
  @Autowired Organisation organisation;
  @Autowired TransactionTemplate tx;

  @Test
  void theAdministratorSeesWhoLookedAtAPersonAndThatReadingIsLoggedToo() throws Exception {
    UUID county = organisation.currentCounty().id();
    UUID onni = tx.execute(s -> people.identify(county, PersonalIdentityCode.of("150514A903E"), "Onni", "Virtanen"));
    mvc.perform(get("/employee/people/" + onni).with(user(employees.loadUserByUsername("intake")))).andExpect(status().isOk());

    int aboutOnni =
        jdbc.queryForObject(
            "select count(*) from access_log where client_ids @> array[?::uuid]", Integer.class, onni.toString());
    String html =
        mvc.perform(get("/employee/access-log").param("person", onni.toString()).with(user(employees.loadUserByUsername("admin"))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    String rows = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
    assertThat(rows).contains("Iida Intake (demo)").contains("PERSON_VIEW");
    // Only the rows about Onni, as they stood before this reading (which is logged after it).
    assertThat(rows.split("<tr>")).hasSize(aboutOnni + 1);
    assertThat(jdbc.queryForObject(
            "select count(*) from access_log where action = 'ACCESS_LOG_READ' and client_ids @> array[?::uuid]",
            Integer.class, onni.toString()))
        .isEqualTo(1);
  }

  @Test
  void onlyTheAdministratorReadsTheAccessLog() throws Exception {
    mvc.perform(get("/employee/access-log").with(user(employees.loadUserByUsername("team.lead")))).andExpect(status().isForbidden());
  }
}
