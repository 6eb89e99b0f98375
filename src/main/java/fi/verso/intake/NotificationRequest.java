package fi.verso.intake;

import fi.verso.intake.IntakeSubmission.ChildDetails;
import fi.verso.intake.IntakeSubmission.ContactConsent;
import fi.verso.intake.IntakeSubmission.Prenatal;
import fi.verso.intake.IntakeSubmission.Reporter;
import fi.verso.shared.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The JSON body of {@code POST /api/v1/notifications}, as another authority's system sends it. Field names
 * are the paths the rules use ({@code reporter.organisation}, {@code child.municipality}), so a problem found
 * by {@link SubmissionRules} names the JSON field as it is.
 *
 * <p>Choices and dates arrive as text and are parsed here, so that a wrong value is reported together with
 * everything else that is wrong instead of stopping at the first. Fields the API does not know are refused,
 * not ignored: a misspelt {@code guardiansKnow} or {@code policeNotified} would otherwise be lost silently.
 * {@code src/main/resources/api/openapi.yaml} describes the same fields; a test keeps the two together.
 */
record NotificationRequest(
    String kind,
    String channel,
    String receivedAt,
    ReporterJson reporter,
    ChildJson child,
    String concern,
    String childKnows,
    String guardiansKnow,
    PrenatalJson prenatal,
    ContactJson contact) {

  record ReporterJson(
      String type,
      Boolean anonymous,
      String name,
      String profession,
      String organisation,
      String organisationName,
      String phone,
      String email,
      String policeNotified) {}

  record ChildJson(
      String firstName,
      String lastName,
      String personalIdentityCode,
      String birthDate,
      Integer age,
      String address,
      String municipality,
      String guardians) {}

  record PrenatalJson(String expectantParents, String expectedBirthDate) {}

  record ContactJson(String basis, String withoutConsentReason) {}

  static final String INVALID_VALUE = "api.error.invalidValue";
  static final String DATE_FORMAT = "api.error.dateFormat";
  static final String DATE_TIME_FORMAT = "api.error.dateTimeFormat";
  static final String UNKNOWN_FIELD = "api.error.unknownField";

  /**
   * The submission the forms would make. What cannot be read (an unknown choice, a malformed date) is added to {@code problems} and left out, so the rules still report the rest. The channel is
   * {@code API} unless the sender says the matter first came in another way (e.g. a phone call it recorded).
   */
  IntakeSubmission toSubmission(List<FieldProblem> problems) {
    MatterKind k = choice(MatterKind.class, kind, "kind", problems);
    Channel ch = channel == null ? Channel.API : choice(Channel.class, channel, "channel", problems);
    Reporter r = null;
    if (reporter != null) {
      r =
          new Reporter(
              choice(ReporterType.class, reporter.type(), "reporter.type", problems),
              Boolean.TRUE.equals(reporter.anonymous()),
              reporter.name(),
              reporter.profession(),
              choice(MandatedReporterOrganisation.class, reporter.organisation(), "reporter.organisation", problems),
              reporter.organisationName(),
              reporter.phone(),
              reporter.email(),
              choice(PoliceNotification.class, reporter.policeNotified(), "reporter.policeNotified", problems));
    }
    ChildDetails c = null;
    if (child != null) {
      c =
          new ChildDetails(
              child.firstName(),
              child.lastName(),
              child.personalIdentityCode(),
              date(child.birthDate(), "child.birthDate", problems),
              child.age(),
              child.address(),
              child.municipality(),
              child.guardians());
    }
    Prenatal p = null;
    if (prenatal != null) {
      p = new Prenatal(prenatal.expectantParents(), date(prenatal.expectedBirthDate(), "prenatal.expectedBirthDate", problems));
    }
    ContactConsent cc = null;
    if (contact != null) {
      cc = new ContactConsent(choice(ContactBasis.class, contact.basis(), "contact.basis", problems), contact.withoutConsentReason());
    }
    return new IntakeSubmission(
        k,
        ch,
        dateTime(receivedAt, "receivedAt", problems),
        r,
        c,
        p,
        cc,
        concern,
        choice(Knowledge.class, childKnows, "childKnows", problems),
        choice(Knowledge.class, guardiansKnow, "guardiansKnow", problems));
  }

  /** Choices are the enum constants exactly: systems send codes, not what a person typed. */
  private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    problems.add(new FieldProblem(field, INVALID_VALUE, List.of(allowed)));
    return null;
  }

  private static LocalDate date(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, DATE_FORMAT));
      return null;
    }
  }

  /** The offset is required: a time without one would be guessed, and the statutory clock runs from it. */
  private static Instant dateTime(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, DATE_TIME_FORMAT));
      return null;
    }
  }

  /**
   * Fields of the body that the API does not have, named by their paths. The records above are the API's
   * fields; a value of the wrong JSON type is left for Jackson to report.
   */
  static List<FieldProblem> unknownFields(JsonNode body) {
    List<FieldProblem> problems = new ArrayList<>();
    unknownFields(body, NotificationRequest.class, "", problems);
    return problems;
  }

  private static void unknownFields(JsonNode node, Class<?> type, String prefix, List<FieldProblem> problems) {
    if (node == null || !node.isObject()) {
      return;
    }
    Map<String, Class<?>> fields =
        Arrays.stream(type.getRecordComponents()).collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType));
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      Class<?> fieldType = fields.get(property.getKey());
      if (fieldType == null) {
        problems.add(new FieldProblem(prefix + property.getKey(), UNKNOWN_FIELD));
      } else if (fieldType.isRecord()) {
        unknownFields(property.getValue(), fieldType, prefix + property.getKey() + ".", problems);
      }
    }
  }
}
