package fi.verso.intake;

import fi.verso.shared.web.FieldProblem;
import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.StatutoryDeadlines;
import fi.verso.intake.IntakeSubmission.ChildDetails;
import fi.verso.intake.IntakeSubmission.Reporter;
import fi.verso.organisation.Organisation;
import fi.verso.person.People;
import fi.verso.person.PersonalIdentityCode;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives matters: validates, routes, starts the statutory clock and stores, all in one transaction. */
@Service
public class Intake {
  static final java.time.Duration DUPLICATE_WINDOW = java.time.Duration.ofHours(24);

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final Organisation organisation;
  private final StatutoryDeadlines deadlines;
  private final AccessLog accessLog;
  private final MatterLinking linking;
  private final People people;

  Intake(
      NamedParameterJdbcTemplate jdbc,
      Clock clock,
      Organisation organisation,
      StatutoryDeadlines deadlines,
      AccessLog accessLog,
      MatterLinking linking,
      People people) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.organisation = organisation;
    this.deadlines = deadlines;
    this.accessLog = accessLog;
    this.linking = linking;
    this.people = people;
  }

  /** The outcome of a submission: either the stored matter, or every problem found (nothing stored). */
  public sealed interface Outcome {
    record Received(ReceivedMatter matter) implements Outcome {}

    record Invalid(List<FieldProblem> problems) implements Outcome {}
  }

  /**
   * Stores a submission once. A repeated submit with the same {@code submissionKey} (double click, refresh,
   * back and resend) returns the matter stored the first time instead of creating another.
   */
  @Transactional
  public Outcome receive(IntakeSubmission submission, UUID submissionKey, Actor actor) {
    Optional<ReceivedMatter> earlier = bySubmissionKey(submissionKey);
    if (earlier.isPresent()) {
      return new Outcome.Received(earlier.get());
    }
    Instant now = clock.instant();
    List<FieldProblem> problems = problems(submission);
    UUID countyId = organisation.currentCounty().id();
    ChildDetails child = submission.child();
    String municipality = child == null ? null : blankToNull(child.municipalityCode());
    if (!problems.isEmpty()) {
      return new Outcome.Invalid(List.copyOf(problems));
    }
    String fingerprint = fingerprint(submission);
    Optional<ReceivedMatter> sameContent = byFingerprint(countyId, fingerprint, now);
    if (sameContent.isPresent()) {
      return new Outcome.Received(sameContent.get());
    }
    Instant receivedAt = submission.receivedAt() == null ? now : submission.receivedAt();
    UUID id = UUID.randomUUID();
    UUID teamId = route(countyId, municipality);
    String reference = MatterNumbers.nextReference(jdbc.getJdbcTemplate(), receivedAt);
    Reporter r = submission.reporter();
    boolean anonymous = r.anonymous() && SubmissionRules.mayBeAnonymous(submission.kind(), r.type());
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("id", id)
            .addValue("countyId", countyId)
            .addValue("reference", reference)
            .addValue("kind", submission.kind().name())
            .addValue("channel", submission.channel().name())
            .addValue("receivedAt", Timestamp.from(receivedAt))
            .addValue("registeredBy", actor.asEmployee().map(Actor.Employee::id).orElse(null))
            .addValue("teamId", teamId)
            .addValue("startDue", deadlines.assessmentStartDue(receivedAt))
            .addValue("completionDue", deadlines.assessmentCompletionDue(receivedAt))
            .addValue("submissionKey", submissionKey)
            .addValue("receiptToken", MatterNumbers.receiptToken())
            .addValue("reporterType", r.type().name())
            .addValue("anonymous", anonymous)
            // An anonymous reporter's details are not stored even if some were typed before ticking the box.
            .addValue("reporterName", anonymous ? null : trim(r.name()))
            .addValue("profession", anonymous ? null : trim(r.profession()))
            .addValue("organisationType", name(r.organisationType()))
            .addValue("organisationName", anonymous ? null : trim(r.organisationName()))
            .addValue("phone", anonymous ? null : trim(r.phone()))
            .addValue("email", anonymous ? null : trim(r.email()))
            .addValue("policeNotified", name(r.policeNotified()))
            .addValue("childFirstName", child == null ? null : trim(child.firstName()))
            .addValue("childLastName", child == null ? null : trim(child.lastName()))
            .addValue("childPic", child == null ? null : normalisedPic(child.personalIdentityCode()))
            .addValue("childBirthDate", child == null ? null : birthDate(child))
            .addValue("childAge", child == null ? null : child.age())
            .addValue("childAddress", child == null ? null : trim(child.address()))
            .addValue("childMunicipality", municipality)
            .addValue("guardians", child == null ? null : trim(child.guardians()))
            .addValue("childKnows", name(submission.childKnows()))
            .addValue("guardiansKnow", name(submission.guardiansKnow()))
            .addValue("expectantParents", submission.prenatal() == null ? null : trim(submission.prenatal().expectantParents()))
            .addValue("expectedBirthDate", submission.prenatal() == null ? null : submission.prenatal().expectedBirthDate())
            .addValue("contactBasis", contactBasis(submission))
            .addValue("withoutConsentReason", submission.contact() == null ? null : trim(submission.contact().withoutConsentReason()))
            .addValue("concern", trim(submission.concern()))
            .addValue("fingerprint", fingerprint)
            .addValue("childId", identifyChild(countyId, child));
    int inserted = jdbc.update(IntakeQueries.INSERT, p);
    if (inserted == 0) {
      // A concurrent duplicate committed first: answer with that one.
      return new Outcome.Received(bySubmissionKey(submissionKey).orElseThrow());
    }
    event(id, actor, "RECEIVED", null, MatterState.RECEIVED, receivedAt);
    linking.linkNewMatter(id);
    // A worker registering a phone, paper or in-person matter (or an integration) is logged as registering.
    Action logged = actor instanceof Actor.Employee ? Action.INTAKE_REGISTER : Action.INTAKE_SUBMIT;
    accessLog.record(actor, logged, Purpose.INTAKE, AccessTarget.of("intake_matter", id));
    return new Outcome.Received(bySubmissionKey(submissionKey).orElseThrow());
  }

  /** Every problem with a submission: the rules, and whether the municipality is one of this county's. */
  @Transactional(readOnly = true)
  public List<FieldProblem> problems(IntakeSubmission submission) {
    List<FieldProblem> problems = new java.util.ArrayList<>(SubmissionRules.check(submission, clock.instant()));
    String municipality = submission.child() == null ? null : blankToNull(submission.child().municipalityCode());
    if (municipality != null && !municipalityInCounty(municipality, organisation.currentCounty().id())) {
      problems.add(new FieldProblem("child.municipality", "intake.error.unknownMunicipality"));
    }
    return problems;
  }

  /** Problems found while reading the typed text first, then the rules' view of the rest. */
  public List<FieldProblem> withRuleProblems(List<FieldProblem> parseProblems, IntakeSubmission submission) {
    List<FieldProblem> all = new java.util.ArrayList<>(parseProblems);
    all.addAll(problems(submission));
    return List.copyOf(all);
  }

  /** The acknowledgement shown to the sender, found by the unguessable token in its address. */
  @Transactional(readOnly = true)
  public Optional<ReceivedMatter> byReceiptToken(String token) {
    if (token == null || !token.matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    return jdbc.query(IntakeQueries.RECEIVED_BY_RECEIPT_TOKEN, new MapSqlParameterSource("token", token), IntakeQueries.RECEIVED)
        .stream()
        .findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<ReceivedMatter> received(UUID id) {
    return jdbc.query(
            IntakeQueries.RECEIVED_BY_ID,
            new MapSqlParameterSource("id", id).addValue("countyId", organisation.currentCounty().id()),
            IntakeQueries.RECEIVED)
        .stream()
        .findFirst();
  }

  void event(UUID matterId, Actor actor, String event, MatterState from, MatterState to, Instant at) {
    jdbc.update(
        IntakeQueries.INSERT_EVENT,
        new MapSqlParameterSource()
            .addValue("matterId", matterId)
            .addValue("occurredAt", Timestamp.from(at))
            .addValue("employeeId", actor.asEmployee().map(Actor.Employee::id).orElse(null))
            .addValue("event", event)
            .addValue("fromState", from == null ? null : from.name())
            .addValue("toState", to == null ? null : to.name()));
  }

  private Optional<ReceivedMatter> bySubmissionKey(UUID key) {
    return jdbc.query(
            IntakeQueries.RECEIVED_BY_SUBMISSION_KEY,
            new MapSqlParameterSource("submissionKey", key),
            IntakeQueries.RECEIVED)
        .stream()
        .findFirst();
  }

  /** With a valid henkilötunnus the child is identified (through the population register) at once. */
  private UUID identifyChild(UUID countyId, ChildDetails child) {
    String pic = child == null ? null : normalisedPic(child.personalIdentityCode());
    if (pic != null && PersonalIdentityCode.parse(pic) instanceof PersonalIdentityCode.Valid valid) {
      return people.identify(countyId, valid.code(), child.firstName(), child.lastName());
    }
    return null;
  }

  private Optional<ReceivedMatter> byFingerprint(UUID countyId, String fingerprint, Instant now) {
    return jdbc.query(
            IntakeQueries.RECEIVED_BY_FINGERPRINT,
            new MapSqlParameterSource("countyId", countyId)
                .addValue("fingerprint", fingerprint)
                .addValue("since", Timestamp.from(now.minus(DUPLICATE_WINDOW))),
            IntakeQueries.RECEIVED)
        .stream()
        .findFirst();
  }

  /**
   * The content as sent (without an electronic form's received time, which is "now"): identical text from two
   * different senders within a day is not a realistic case, a resent form is.
   */
  static String fingerprint(IntakeSubmission s) {
    String canonical = (s.channel() == Channel.ELECTRONIC ? s.withReceivedAt(null) : s).toString();
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private UUID route(UUID countyId, String municipality) {
    return jdbc.query(
            IntakeQueries.ROUTE,
            new MapSqlParameterSource("countyId", countyId).addValue("municipality", municipality),
            (rs, i) -> rs.getObject("id", UUID.class))
        .stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The county has no default intake team"));
  }

  private boolean municipalityInCounty(String code, UUID countyId) {
    Integer n =
        jdbc.queryForObject(
            IntakeQueries.MUNICIPALITY_IN_COUNTY,
            new MapSqlParameterSource("code", code).addValue("countyId", countyId),
            Integer.class);
    return n != null && n > 0;
  }

  private static String contactBasis(IntakeSubmission s) {
    if (s.kind() != MatterKind.CONTACT_REQUEST) {
      return null;
    }
    if (s.reporter().type() != ReporterType.MANDATED_REPORTER) {
      return ContactBasis.OWN_REQUEST.name();
    }
    return s.contact().basis().name();
  }

  private static java.time.LocalDate birthDate(ChildDetails child) {
    if (child.birthDate() != null) {
      return child.birthDate();
    }
    String pic = normalisedPic(child.personalIdentityCode());
    return pic == null ? null : PersonalIdentityCode.parse(pic) instanceof PersonalIdentityCode.Valid v ? v.code().birthDate() : null;
  }

  private static String normalisedPic(String pic) {
    return pic == null || pic.isBlank() ? null : pic.trim().toUpperCase(java.util.Locale.ROOT);
  }


  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }
}
