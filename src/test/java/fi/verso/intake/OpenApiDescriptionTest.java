package fi.verso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.verso.support.IntegrationTest;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.yaml.snakeyaml.Yaml;

@IntegrationTest
@AutoConfigureMockMvc
class OpenApiDescriptionTest {
  @Autowired MockMvc mvc;

  /** The enum behind each choice field: the description must offer exactly its codes. */
  static final Map<String, Class<? extends Enum<?>>> CHOICES =
      Map.of(
          "kind", MatterKind.class,
          "channel", Channel.class,
          "reporter.type", ReporterType.class,
          "reporter.organisation", MandatedReporterOrganisation.class,
          "reporter.policeNotified", PoliceNotification.class,
          "childKnows", Knowledge.class,
          "guardiansKnow", Knowledge.class,
          "contact.basis", ContactBasis.class);

  @SuppressWarnings("unchecked")
  Map<String, Object> description() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/api/openapi.yaml")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("application/yaml");
    return new Yaml().load(response.getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void isServedWithoutSigningInAsOpenApi31() throws Exception {
    Map<String, Object> api = description();
    assertThat(api.get("openapi")).isEqualTo("3.1.0");
    Map<String, Object> paths = map(api, "paths");
    assertThat(map(paths, "/api/v1/notifications")).containsKey("post");
    assertThat(map(paths, "/api/v1/notifications/{id}")).containsKey("get");
  }

  @Test
  void describesEveryFieldTheApiAcceptsAndNoOther() throws Exception {
    Map<String, Object> api = description();
    Map<String, Object> schemas = map(map(api, "components"), "schemas");

    Set<String> accepted = new TreeSet<>();
    fields(NotificationRequest.class, "", accepted);
    Set<String> described = new TreeSet<>();
    properties(schemas, map(schemas, "NotificationRequest"), "", described);

    assertThat(described).isEqualTo(accepted);
    assertThat(accepted).contains("reporter.organisation", "child.personalIdentityCode", "prenatal.expectedBirthDate");
  }

  @Test
  void offersExactlyTheCodesOfEachChoice() throws Exception {
    Map<String, Object> schemas = map(map(description(), "components"), "schemas");
    for (Map.Entry<String, Class<? extends Enum<?>>> choice : CHOICES.entrySet()) {
      Map<String, Object> property = property(schemas, choice.getKey());
      List<String> codes = Arrays.stream(choice.getValue().getEnumConstants()).map(Enum::name).toList();
      assertThat(property.get("enum")).as(choice.getKey()).isEqualTo(codes);
    }
  }

  @Test
  void describesTheIdempotencyKeyAndTheProblemDocuments() throws Exception {
    Map<String, Object> components = map(description(), "components");
    assertThat(map(map(components, "parameters"), "IdempotencyKey").get("name")).isEqualTo("Idempotency-Key");
    assertThat(map(map(map(components, "schemas"), "Problem"), "properties")).containsKeys("type", "title", "status", "detail", "errors");
  }

  private static void fields(Class<?> record, String prefix, Set<String> out) {
    for (RecordComponent c : record.getRecordComponents()) {
      out.add(prefix + c.getName());
      if (c.getType().isRecord()) {
        fields(c.getType(), prefix + c.getName() + ".", out);
      }
    }
  }

  private static void properties(Map<String, Object> schemas, Map<String, Object> schema, String prefix, Set<String> out) {
    for (Map.Entry<String, Object> p : map(schema, "properties").entrySet()) {
      out.add(prefix + p.getKey());
      @SuppressWarnings("unchecked")
      Map<String, Object> property = (Map<String, Object>) p.getValue();
      if (property.get("$ref") instanceof String ref) {
        properties(schemas, resolve(schemas, ref), prefix + p.getKey() + ".", out);
      }
    }
  }

  private static Map<String, Object> property(Map<String, Object> schemas, String path) {
    Map<String, Object> schema = map(schemas, "NotificationRequest");
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      schema = resolve(schemas, (String) map(map(schema, "properties"), parts[i]).get("$ref"));
    }
    return map(map(schema, "properties"), parts[parts.length - 1]);
  }

  private static Map<String, Object> resolve(Map<String, Object> schemas, String ref) {
    return map(schemas, ref.substring(ref.lastIndexOf('/') + 1));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }
}
