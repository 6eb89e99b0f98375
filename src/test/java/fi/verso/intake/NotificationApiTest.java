package fi.verso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.verso.employee.DemoUsers;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import jakarta.servlet.RequestDispatcher;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@AutoConfigureMockMvc
class NotificationApiTest {
  static final String PASSWORD = "verso-demo";
  static final String VALID_PIC = "010115A1239";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired ObjectMapper json;

  @BeforeEach
  void aWeekAfterTheNotification() {
    clock.set(ZonedDateTime.parse("2026-03-10T12:00:00+02:00[Europe/Helsinki]"));
  }

  /** A school nurse's notification, complete and valid; tests change one thing in it. */
  static String schoolNurseNotification(String reporterExtra, String childExtra, String extra) {
    return """
        {
          "kind": "CHILD_WELFARE_NOTIFICATION",
          "channel": "API",
          "receivedAt": "2026-03-03T10:00:00+02:00",
          "reporter": {
            "type": "MANDATED_REPORTER",
            "name": "Terhi Terveydenhoitaja",
            "profession": "School nurse",
            %s
            "phone": "040 123 4567",
            "policeNotified": "NOT_NEEDED"
          },
          "child": {
            "firstName": "Maija",
            "lastName": "Meikäläinen",
            %s
            "municipality": "491"
          },
          %s
          "concern": "The child has been absent from school for three weeks."
        }
        """
        .formatted(reporterExtra, childExtra, extra);
  }

  static String valid() {
    return schoolNurseNotification(
        "\"organisation\": \"HEALTH_CARE\",",
        "\"personalIdentityCode\": \"" + VALID_PIC + "\",",
        "\"childKnows\": \"YES\", \"guardiansKnow\": \"UNKNOWN\",");
  }

  MockHttpServletRequestBuilder postAs(String user, String body) {
    return post("/api/v1/notifications")
        .with(httpBasic(user, PASSWORD))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  int matters() {
    return jdbc.queryForObject("select count(*) from intake_matter", Integer.class);
  }

  JsonNode body(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Asserts a 400 problem document and that nothing was stored; returns field -> message. */
  Map<String, String> problemFields(String body, String language) throws Exception {
    int before = matters();
    MockHttpServletRequestBuilder request = postAs("intake", body);
    if (language != null) {
      request.header("Accept-Language", language);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = body(response);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("type").asString()).startsWith("urn:verso:problem:");
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
    assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at fi.verso");
    assertThat(matters()).as("nothing stored").isEqualTo(before);
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (JsonNode error : problem.get("errors")) {
      fields.put(error.get("field").asString(), error.get("message").asString());
      assertThat(error.get("code").asString()).isNotBlank();
    }
    return fields;
  }

  @Test
  void registersANotificationAndAnswersWithItsStatutoryDates() throws Exception {
    MockHttpServletResponse response = mvc.perform(postAs("intake", valid())).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(201);
    JsonNode created = body(response);
    String id = created.get("id").asString();
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/notifications/" + id);
    assertThat(created.get("reference").asString()).matches("2026-\\d{6}");
    assertThat(created.get("receivedAt").asString()).isEqualTo("2026-03-03T10:00:00+02:00");
    // Received on Tuesday 3.3.2026: the 7th working day is Thursday of the next week (LSL 26 §).
    assertThat(created.get("assessmentStartDue").asString()).isEqualTo("2026-03-12");
    assertThat(created.get("assessmentCompletionDue").asString()).isEqualTo("2026-06-03");

    Map<String, Object> row = jdbc.queryForMap("select * from intake_matter where id = ?::uuid", id);
    assertThat(row.get("channel")).isEqualTo("API");
    assertThat(row.get("registered_by")).isEqualTo(DemoUsers.demoId("intake"));
    assertThat(row.get("reporter_organisation_type")).isEqualTo("HEALTH_CARE");
    assertThat(row.get("child_personal_identity_code")).isEqualTo(VALID_PIC);
    assertThat(row.get("child_knows")).isEqualTo("YES");
    assertThat(row.get("police_notified")).isEqualTo("NOT_NEEDED");
  }

  @Test
  void withoutAReceivedTimeTheMatterIsReceivedNowThroughTheApi() throws Exception {
    String body = valid().replace("\"channel\": \"API\",", "").replace("\"receivedAt\": \"2026-03-03T10:00:00+02:00\",", "");
    MockHttpServletResponse response = mvc.perform(postAs("intake", body)).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(201);
    JsonNode created = body(response);
    assertThat(created.get("receivedAt").asString()).isEqualTo("2026-03-10T12:00:00+02:00");
    assertThat(jdbc.queryForObject("select channel from intake_matter where id = ?::uuid", String.class, created.get("id").asString()))
        .isEqualTo("API");
  }

  @Test
  void theSameIdempotencyKeyGivesTheSameMatter() throws Exception {
    String key = UUID.randomUUID().toString();
    MockHttpServletResponse first =
        mvc.perform(postAs("intake", valid()).header("Idempotency-Key", key)).andReturn().getResponse();
    MockHttpServletResponse again =
        mvc.perform(postAs("intake", valid()).header("Idempotency-Key", key)).andReturn().getResponse();

    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(body(again)).isEqualTo(body(first));
    assertThat(jdbc.queryForObject("select count(*) from intake_matter where submission_key = ?::uuid", Integer.class, key))
        .isEqualTo(1);
  }

  @Test
  void twoRequestsWithTheSameKeyAtOnceGiveOneMatterAndOneCreated() throws Exception {
    String key = UUID.randomUUID().toString();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.Callable<Integer> send =
          () -> {
            start.await();
            return mvc.perform(postAs("intake", valid()).header("Idempotency-Key", key)).andReturn().getResponse().getStatus();
          };
      var first = pool.submit(send);
      var second = pool.submit(send);
      start.countDown();
      assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 200);
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.queryForObject("select count(*) from intake_matter where submission_key = ?::uuid", Integer.class, key))
        .isEqualTo(1);
  }

  @Test
  void withoutAnIdempotencyKeyEachRequestIsANewMatter() throws Exception {
    int before = matters();
    mvc.perform(postAs("intake", valid()));
    mvc.perform(postAs("intake", valid()));
    assertThat(matters()).isEqualTo(before + 2);
  }

  @Test
  void anotherSendersIdempotencyKeyIsRefusedWithoutRevealingTheirMatter() throws Exception {
    String key = UUID.randomUUID().toString();
    mvc.perform(postAs("intake", valid()).header("Idempotency-Key", key));
    int before = matters();

    MockHttpServletResponse response =
        mvc.perform(postAs("team.lead", valid()).header("Idempotency-Key", key)).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = body(response);
    assertThat(problem.has("id")).isFalse();
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    assertThat(matters()).isEqualTo(before);
  }

  @Test
  void anIdempotencyKeyThatIsNotAUuidIsNamed() throws Exception {
    int before = matters();
    MockHttpServletResponse response =
        mvc.perform(postAs("intake", valid()).header("Idempotency-Key", "order-42")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    assertThat(matters()).isEqualTo(before);
  }

  @Test
  void getAnswersWhatTheRegistrationAnsweredAndLogsTheRead() throws Exception {
    JsonNode created = body(mvc.perform(postAs("intake", valid())).andReturn().getResponse());
    String id = created.get("id").asString();
    String logged = "select count(*) from access_log where action = 'INTAKE_REGISTER' and target_id = ? and outcome = 'PERMITTED'";
    int logRowsBefore = jdbc.queryForObject(logged, Integer.class, id);

    MockHttpServletResponse response =
        mvc.perform(get("/api/v1/notifications/" + id).with(httpBasic("intake", PASSWORD))).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(body(response)).isEqualTo(created);
    assertThat(jdbc.queryForObject(logged, Integer.class, id)).isEqualTo(logRowsBefore + 1);
  }

  @Test
  void anUnknownMatterIsNotFound() throws Exception {
    for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
      MockHttpServletResponse response =
          mvc.perform(get("/api/v1/notifications/" + id).with(httpBasic("intake", PASSWORD))).andReturn().getResponse();
      assertThat(response.getStatus()).isEqualTo(404);
      assertThat(response.getContentType()).startsWith("application/problem+json");
      assertThat(body(response).get("status").asInt()).isEqualTo(404);
    }
  }

  @Test
  void anotherCountysMatterIsNotFound() throws Exception {
    String id = body(mvc.perform(postAs("intake", valid())).andReturn().getResponse()).get("id").asString();
    jdbc.update("update intake_matter set county_id = (select id from county where code = 'espoo') where id = ?::uuid", id);

    MockHttpServletResponse response =
        mvc.perform(get("/api/v1/notifications/" + id).with(httpBasic("intake", PASSWORD))).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(404);
  }

  @Test
  void aMandatedReporterWithoutOrganisationIsRefusedNamingTheField() throws Exception {
    Map<String, String> fields =
        problemFields(
            schoolNurseNotification("", "\"personalIdentityCode\": \"" + VALID_PIC + "\",", "\"childKnows\": \"YES\", \"guardiansKnow\": \"NO\","),
            null);
    assertThat(fields).containsOnlyKeys("reporter.organisation");
    assertThat(fields.get("reporter.organisation")).isEqualTo("Choose the sector in which you are making the notification.");
  }

  @Test
  void anInvalidHenkilotunnusIsNamedInTheLanguageAsked() throws Exception {
    String body =
        schoolNurseNotification(
            "\"organisation\": \"EDUCATION\",", "\"personalIdentityCode\": \"010115A123X\",", "\"childKnows\": \"YES\", \"guardiansKnow\": \"NO\",");

    assertThat(problemFields(body, null).get("child.personalIdentityCode")).contains("check character");
    assertThat(problemFields(body, "fi-FI,fi;q=0.9,en;q=0.5").get("child.personalIdentityCode")).contains("tarkistusmerkki");
    assertThat(problemFields(body, "sv").get("child.personalIdentityCode")).contains("kontrolltecken");
  }

  @Test
  void childWelfareNotificationsMustSayWhetherTheChildAndGuardiansKnow() throws Exception {
    Map<String, String> fields =
        problemFields(schoolNurseNotification("\"organisation\": \"EDUCATION\",", "\"birthDate\": \"2015-01-01\",", ""), null);
    assertThat(fields).containsOnlyKeys("childKnows", "guardiansKnow");
  }

  @Test
  void wrongChoicesAndDatesAreNamedWithTheAllowedValues() throws Exception {
    String body =
        schoolNurseNotification(
                "\"organisation\": \"HOSPITAL\",",
                "\"birthDate\": \"1.1.2015\",",
                "\"childKnows\": \"MAYBE\", \"guardiansKnow\": \"NO\",")
            .replace("\"2026-03-03T10:00:00+02:00\"", "\"2026-03-03T10:00:00\"")
            .replace("\"CHILD_WELFARE_NOTIFICATION\"", "\"child_welfare_notification\"");

    Map<String, String> fields = problemFields(body, "en");

    assertThat(fields).containsOnlyKeys("kind", "reporter.organisation", "child.birthDate", "childKnows", "receivedAt");
    assertThat(fields.get("kind")).contains("CHILD_WELFARE_NOTIFICATION, PRENATAL_NOTIFICATION");
    assertThat(fields.get("reporter.organisation")).contains("HEALTH_CARE");
    assertThat(fields.get("childKnows")).isEqualTo("Not one of the allowed values: YES, NO, UNKNOWN.");
    assertThat(fields.get("receivedAt")).contains("offset");
  }

  @Test
  void malformedJsonIsAProblemNamingWhereReadingStopped() throws Exception {
    int before = matters();
    MockHttpServletResponse response =
        mvc.perform(postAs("intake", "{\"kind\": \"CHILD_WELFARE_NOTIFICATION\", \"reporter\": {\"type\": }}"))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = body(response);
    assertThat(problem.get("type").asString()).isEqualTo("urn:verso:problem:malformed-json");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("reporter.type");
    assertThat(problem.get("errors").get(0).get("message").asString()).contains("line 1");
    assertThat(response.getContentAsString()).doesNotContain("tools.jackson").doesNotContain("Exception");
    assertThat(matters()).isEqualTo(before);
  }

  @Test
  void aValueOfTheWrongJsonTypeIsNamed() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(postAs("intake", valid().replace("\"type\": \"MANDATED_REPORTER\",", "\"type\": \"MANDATED_REPORTER\", \"anonymous\": \"perhaps\",")))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("reporter.anonymous");

    for (String notAnObject : List.of("[]", "\"text\"", "")) {
      MockHttpServletResponse r = mvc.perform(postAs("intake", notAnObject)).andReturn().getResponse();
      assertThat(r.getStatus()).as(notAnObject).isEqualTo(400);
      assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("$");
    }
  }

  @Test
  void fieldsTheApiDoesNotKnowAreRefusedRatherThanLost() throws Exception {
    Map<String, String> fields = problemFields(valid().replace("\"policeNotified\"", "\"policeNotifed\""), null);
    assertThat(fields).containsOnlyKeys("reporter.policeNotifed");
  }

  @Test
  void aFieldNamedLikeJavaInternalsIsStillUnknown() throws Exception {
    assertThat(problemFields(valid().replace("\"concern\":", "\"unknown\": {\"a\": 1}, \"concern\":"), null))
        .containsOnlyKeys("unknown");
  }

  @Test
  void anUnknownApiAddressIsAProblemDocumentButOtherErrorsStayPages() throws Exception {
    MockHttpServletResponse api =
        mvc.perform(
                get("/error")
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v2/nothing"))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(404);
    assertThat(api.getContentType()).startsWith("application/problem+json");
    assertThat(body(api).get("title").asString()).isEqualTo("Not Found");

    MockHttpServletResponse page =
        mvc.perform(
                get("/error")
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/citizen/nothing"))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(404);
    assertThat(page.getContentType()).startsWith("text/html");
  }

  @Test
  void aPrenatalNotificationByAPrivatePersonIsRefused() throws Exception {
    String body =
        """
        {
          "kind": "PRENATAL_NOTIFICATION",
          "reporter": {"type": "PRIVATE_PERSON", "name": "Pertti Private", "email": "pertti@example.com"},
          "prenatal": {"expectantParents": "Anna A.", "expectedBirthDate": "2026-06-01"},
          "concern": "The expectant mother uses drugs."
        }
        """;
    assertThat(problemFields(body, null)).containsOnlyKeys("reporter.type");
  }

  @Test
  void aReceivedTimeInTheFutureIsRefused() throws Exception {
    assertThat(problemFields(valid().replace("2026-03-03T10:00:00+02:00", "2026-03-11T10:00:00+02:00"), null))
        .containsOnlyKeys("receivedAt");
  }

  @Test
  void aBodyThatIsNotJsonIsUnsupported() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(post("/api/v1/notifications").with(httpBasic("intake", PASSWORD)).contentType(MediaType.TEXT_PLAIN).content("hello"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(415);
    assertThat(response.getContentType()).startsWith("application/problem+json");
  }

  @Test
  void withoutCredentialsTheAnswerIs401AsAProblemDocument() throws Exception {
    int before = matters();
    for (MockHttpServletRequestBuilder request :
        List.of(
            post("/api/v1/notifications").contentType(MediaType.APPLICATION_JSON).content(valid()),
            post("/api/v1/notifications").with(httpBasic("intake", "wrong")).contentType(MediaType.APPLICATION_JSON).content(valid()),
            get("/api/v1/notifications/" + UUID.randomUUID()))) {
      MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
      assertThat(response.getStatus()).isEqualTo(401);
      assertThat(response.getContentType()).startsWith("application/problem+json");
      assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=");
      assertThat(body(response).get("status").asInt()).isEqualTo(401);
      assertThat(response.getContentAsString()).doesNotContain("<html");
    }
    assertThat(matters()).isEqualTo(before);
  }

  @Test
  void anEmployeeWhoMayNotRegisterGets403AsAProblemDocument() throws Exception {
    int before = matters();
    for (MockHttpServletRequestBuilder request :
        List.of(postAs("social.worker", valid()), get("/api/v1/notifications/" + UUID.randomUUID()).with(httpBasic("social.worker", PASSWORD)))) {
      MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
      assertThat(response.getStatus()).isEqualTo(403);
      assertThat(response.getContentType()).startsWith("application/problem+json");
      assertThat(body(response).get("status").asInt()).isEqualTo(403);
    }
    assertThat(matters()).isEqualTo(before);
  }
}
