package fi.verso.service;

import static fi.verso.service.ServiceFixtures.helsinki;
import static fi.verso.service.ServiceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.organisation.Organisation;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.shared.security.Role;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PeerGroupsTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired UserDetailsService users;
  @Autowired Organisation organisation;

  ServiceFixtures data;
  EmployeePrincipal facilitator;
  String childName;
  String guardianName;
  String childCode;
  String guardianCode;
  UUID child;
  UUID guardian;

  @BeforeEach
  void setUp() {
    data = new ServiceFixtures(jdbc, users, organisation);
    facilitator = data.newEmployee(null, null, Role.FAMILY_WORKER);
    childName = unique("Noa");
    guardianName = unique("Helmi");
    childCode = ServiceFixtures.temporaryCode(LocalDate.of(2013, 1 + (int) (Math.random() * 12), 1 + (int) (Math.random() * 28)));
    guardianCode = ServiceFixtures.temporaryCode(LocalDate.of(2001, 1 + (int) (Math.random() * 12), 1 + (int) (Math.random() * 28)));
    child = data.newPerson(childName, null, "fi", null, childCode);
    guardian = data.newPerson(guardianName, null, "fi", null, guardianCode);
    clock.set(helsinki(2026, 3, 10, 10, 0));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private MockHttpServletRequestBuilder postAs(EmployeePrincipal who, String url) {
    return post(url).with(user(who)).with(csrf());
  }

  private String page(EmployeePrincipal who, String url) throws Exception {
    return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private String redirect(MockHttpServletRequestBuilder request) throws Exception {
    String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    return location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
  }

  /** A group the facilitator created, with the child and the guardian in it; returns the group's address. */
  private String groupWithParticipants() throws Exception {
    String group =
        redirect(
            postAs(facilitator, "/employee/peer-groups")
                .param("groupName", unique("Nuorten ryhmä "))
                .param("groupDescription", "Yläkouluikäisten vertaisryhmä."));
    redirect(postAs(facilitator, group + "/participants").param("participantCode", childCode).param("participantRole", "CHILD"));
    redirect(postAs(facilitator, group + "/participants").param("participantCode", guardianCode).param("participantRole", "GUARDIAN"));
    return group;
  }

  private UUID participant(String group, UUID person) {
    UUID groupId = UUID.fromString(group.substring(group.lastIndexOf('/') + 1));
    return jdbc.queryForObject(
        "select id from peer_group_participant where group_id = ? and person_id = ?", UUID.class, groupId, person);
  }

  @Test
  void aFacilitatorRecordsWhoWasPresentAtASession() throws Exception {
    String group = groupWithParticipants();
    String session = redirect(postAs(facilitator, group + "/sessions").param("sessionDate", "2026-03-10").param("sessionTime", "17.30"));
    assertThat(session).contains("/employee/peer-groups/");
    String sessionPage = group + "/sessions/" + jdbc.queryForObject(
        "select id from peer_group_session where group_id = ?", UUID.class, UUID.fromString(group.substring(group.lastIndexOf('/') + 1)));

    assertThat(page(facilitator, sessionPage)).contains(childName, guardianName, "10.3.2026 klo 17.30");
    redirect(
        postAs(facilitator, sessionPage)
            .param("mark-" + participant(group, child), "PRESENT")
            .param("mark-" + participant(group, guardian), "ABSENT"));

    assertThat(page(facilitator, group)).contains("Paikalla 1, poissa 1", childName + " Testinen (lapsi)", guardianName + " Testinen (huoltaja)");
    assertThat(jdbc.queryForObject("select present from peer_group_attendance where participant_id = ?", Boolean.class, participant(group, child)))
        .isTrue();
    assertThat(jdbc.queryForObject("select present from peer_group_attendance where participant_id = ?", Boolean.class, participant(group, guardian)))
        .isFalse();
    List<String> log = data.accessLog(facilitator);
    assertThat(log).contains("PEER_GROUP_MANAGE PERMITTED peer_group " + child, "PEER_GROUP_MANAGE PERMITTED peer_group " + guardian);
    assertThat(log.getLast()).startsWith("PEER_GROUP_MANAGE PERMITTED peer_group ").contains(child.toString(), guardian.toString());
    assertThat(log).anyMatch(row -> row.startsWith("PEER_GROUP_MANAGE PERMITTED peer_group_session ") && row.contains(child.toString()));
  }

  @Test
  void everyParticipantIsMarkedAndNotBeforeTheSessionsDay() throws Exception {
    String group = groupWithParticipants();
    UUID groupId = UUID.fromString(group.substring(group.lastIndexOf('/') + 1));
    redirect(postAs(facilitator, group + "/sessions").param("sessionDate", "2026-03-10").param("sessionTime", "17:30"));
    redirect(postAs(facilitator, group + "/sessions").param("sessionDate", "2026-03-24").param("sessionTime", "17:30"));
    List<UUID> sessions = jdbc.queryForList("select id from peer_group_session where group_id = ? order by held_on", UUID.class, groupId);

    String partly =
        mvc.perform(postAs(facilitator, group + "/sessions/" + sessions.get(0)).param("mark-" + participant(group, child), "PRESENT"))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(partly).contains("Merkitse jokainen osallistuja paikalla tai poissa olevaksi.", "href=\"#sessionAttendance\"");

    assertThat(page(facilitator, group + "/sessions/" + sessions.get(1))).contains("Läsnäolot kirjataan kokoontumispäivänä tai sen jälkeen.");
    mvc.perform(
            postAs(facilitator, group + "/sessions/" + sessions.get(1))
                .param("mark-" + participant(group, child), "PRESENT")
                .param("mark-" + participant(group, guardian), "PRESENT"))
        .andExpect(status().isUnprocessableEntity());

    assertThat(jdbc.queryForObject(
            "select count(*) from peer_group_attendance where session_id in (?, ?)", Integer.class, sessions.get(0), sessions.get(1)))
        .isZero();
  }

  @Test
  void aParticipantIsSomeoneKnownToTheCountyByHenkilotunnus() throws Exception {
    String group =
        redirect(
            postAs(facilitator, "/employee/peer-groups").param("groupName", unique("Ryhmä ")).param("groupDescription", "Kuvaus."));

    String unknown =
        mvc.perform(
                postAs(facilitator, group + "/participants")
                    .param("participantCode", ServiceFixtures.temporaryCode(LocalDate.of(2012, 12, 31)).replace('A', 'B'))
                    .param("participantRole", "CHILD"))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(unknown).containsAnyOf("Henkilötunnuksella ei löydy henkilöä", "Tarkista henkilötunnus.");

    mvc.perform(postAs(facilitator, group + "/participants").param("participantCode", "131052-308T").param("participantRole", ""))
        .andExpect(status().isUnprocessableEntity());
  }

  @Test
  void whoTakesPartIsShownToTheGroupsFacilitatorsOnly() throws Exception {
    String group = groupWithParticipants();
    redirect(postAs(facilitator, group + "/sessions").param("sessionDate", "2026-03-10").param("sessionTime", "17:30"));
    UUID session = jdbc.queryForObject(
        "select id from peer_group_session where group_id = ?", UUID.class, UUID.fromString(group.substring(group.lastIndexOf('/') + 1)));
    EmployeePrincipal otherInstructor = data.newEmployee(null, null, Role.SOCIAL_INSTRUCTOR);

    String html = page(otherInstructor, group);
    assertThat(html).contains("Osallistujat näkyvät vain ryhmän ohjaajille.", "Yläkouluikäisten vertaisryhmä.")
        .doesNotContain(childName, guardianName);
    mvc.perform(get(group + "/sessions/" + session).with(user(otherInstructor))).andExpect(status().isForbidden());
    mvc.perform(
            postAs(otherInstructor, group + "/sessions/" + session)
                .param("mark-" + participant(group, child), "ABSENT")
                .param("mark-" + participant(group, guardian), "ABSENT"))
        .andExpect(status().isForbidden());
    mvc.perform(postAs(otherInstructor, group + "/participants").param("participantCode", childCode).param("participantRole", "CHILD"))
        .andExpect(status().isForbidden());

    assertThat(data.accessLog(otherInstructor))
        .containsExactly(
            "PEER_GROUP_MANAGE DENIED peer_group ", "PEER_GROUP_MANAGE DENIED peer_group ", "PEER_GROUP_MANAGE DENIED peer_group ");
    assertThat(jdbc.queryForObject("select count(*) from peer_group_attendance where session_id = ?", Integer.class, session)).isZero();
  }

  @Test
  void anIntakeWorkerDoesNotRunPeerGroups() throws Exception {
    EmployeePrincipal intake = data.newEmployee(null, null, Role.INTAKE_WORKER);
    mvc.perform(get("/employee/peer-groups").with(user(intake))).andExpect(status().isForbidden());
  }
}
