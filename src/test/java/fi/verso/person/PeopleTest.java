package fi.verso.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.employee.EmployeeDirectory;
import fi.verso.organisation.Organisation;
import fi.verso.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class PeopleTest {
  @Autowired People people;
  @Autowired Organisation organisation;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired EmployeeDirectory employees;
  @Autowired TransactionTemplate tx;

  UUID county() {
    return organisation.currentCounty().id();
  }

  UserDetails as(String username) {
    return employees.loadUserByUsername(username);
  }

  UUID identify(String code) {
    return tx.execute(s -> people.identify(county(), PersonalIdentityCode.of(code), "Typed", "Name"));
  }

  @Test
  void aChildKnownToThePopulationRegisterIsStoredWithTheGuardiansOnce() {
    UUID onni = identify("150514A903E");
    assertThat(identify("150514A903E")).isEqualTo(onni);
    assertThat(jdbc.queryForObject("select source from person where id = ?", String.class, onni))
        .isEqualTo("POPULATION_REGISTER");
    assertThat(jdbc.queryForList(
            "select p.first_name from guardianship g join person p on p.id = g.guardian_id where g.child_id = ? order by 1",
            String.class, onni))
        .containsExactly("Jari", "Sanna");
  }

  @Test
  void aChildTheRegisterDoesNotKnowIsRecordedAsReported() {
    UUID child = identify("010516A903X");
    assertThat(jdbc.queryForMap("select first_name, source, birth_date::text as born from person where id = ?", child))
        .containsEntry("first_name", "Typed")
        .containsEntry("source", "REPORTED")
        .containsEntry("born", "2016-05-01");
  }

  @Test
  void aProtectedAddressIsHiddenUntilAWorkerWhoNeedsItAsksAndThatIsLogged() throws Exception {
    UUID liisa = identify("200318A9033");
    String hidden =
        mvc.perform(get("/employee/people/" + liisa).with(user(as("social.worker"))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(hidden).contains("Turvakielto").doesNotContain("Salainen osoite");

    String shown =
        mvc.perform(post("/employee/people/" + liisa + "/address").with(csrf()).with(user(as("social.worker"))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(shown).contains("Salainen osoite 9");
    assertThat(jdbc.queryForObject(
            "select count(*) from access_log where action = 'PERSON_PROTECTED_ADDRESS_VIEW' and client_ids @> array[?::uuid]",
            Integer.class, liisa.toString()))
        .isEqualTo(1);
  }

  @Test
  void anIntakeWorkerCannotRevealAProtectedAddress() throws Exception {
    UUID liisa = identify("200318A9033");
    mvc.perform(post("/employee/people/" + liisa + "/address").with(csrf()).with(user(as("intake"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyViewOfAPersonIsLogged() throws Exception {
    UUID onni = identify("150514A903E");
    int before = jdbc.queryForObject(
        "select count(*) from access_log where action = 'PERSON_VIEW' and client_ids @> array[?::uuid]", Integer.class, onni.toString());
    mvc.perform(get("/employee/people/" + onni).with(user(as("intake")))).andExpect(status().isOk());
    assertThat(jdbc.queryForObject(
            "select count(*) from access_log where action = 'PERSON_VIEW' and client_ids @> array[?::uuid]", Integer.class, onni.toString()))
        .isEqualTo(before + 1);
  }

  @Test
  void someoneWithoutACasesRoleCannotSeePeople() throws Exception {
    UUID onni = identify("150514A903E");
    mvc.perform(get("/employee/people/" + onni).with(user(as("catalogue.admin")))).andExpect(status().isForbidden());
  }
}
