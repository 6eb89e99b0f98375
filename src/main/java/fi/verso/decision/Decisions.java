package fi.verso.decision;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.WorkingDays;
import fi.verso.organisation.Organisation;
import fi.verso.shared.i18n.OfficialLanguage;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.AccessDeniedForAction;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.SecurityEventRecorder;
import fi.verso.shared.web.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on a child's support measures: drafts, consents, hearings, the decision itself, its sending and the
 * reassessment of placements. The caller checks the action against {@link #childTarget} or {@link
 * #decisionTarget} first; every read and write here logs itself in the same transaction.
 *
 * <p>Reads that log are plain {@code @Transactional}: a read-only transaction would refuse the access-log insert.
 * Writes lock the decision row first, so that two workers cannot decide, send or add to it at the same time.
 */
@Service
public class Decisions {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final Organisation organisation;
  private final AccessLog accessLog;
  private final ApplicationEventPublisher events;
  private final WorkingDays workingDays = WorkingDays.finland();

  Decisions(
      NamedParameterJdbcTemplate jdbc,
      Clock clock,
      Organisation organisation,
      AccessLog accessLog,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.organisation = organisation;
    this.accessLog = accessLog;
    this.events = events;
  }

  /** A change done, or refused with every problem found. */
  public sealed interface Result {
    record Done(UUID decisionId) implements Result {}

    /** @param conflict the decision had moved on (decided, sent, edited by someone else), not a typing error */
    record Refused(List<FieldProblem> problems, boolean conflict) implements Result {}
  }

  /** A client relationship the child has now. */
  public record Relationship(UUID id, String kind, UUID teamId, String teamFi, String teamSv, UUID responsibleWorker) {
    public boolean isChildWelfare() {
      return "CHILD_WELFARE".equals(kind);
    }

    public String team(OfficialLanguage language) {
      return language == OfficialLanguage.SV ? teamSv : teamFi;
    }
  }

  /** The child, the guardians and the child's active client relationships. */
  public record ChildContext(
      Party child, Optional<String> personLanguage, List<Party> guardians, List<Relationship> relationships) {
    public OfficialLanguage defaultLanguage() {
      return OfficialLanguage.forPersonLanguage(personLanguage.orElse(null));
    }

    public List<Party> parties() {
      List<Party> all = new ArrayList<>(guardians);
      all.add(child);
      return all;
    }

    public Optional<Party> party(UUID personId) {
      return parties().stream().filter(p -> p.personId().equals(personId)).findFirst();
    }
  }

  /** A placement under LSL 37 § in force, and when it is next reassessed. */
  public record PlacementDue(DecisionView decision, LocalDate due, PlacementReassessment.Status status) {}

  public record ChildDecisions(
      ChildContext context, List<DecisionView> decisions, List<PlacementDue> placements, LocalDate today) {}

  /** What the draft form offers: the people who can be named as contact, and the decision replaced, if any. */
  public record DraftSetup(
      ChildContext context, List<DecisionView.Employee> contactCandidates, Optional<DecisionView> replaces) {}

  /** A decision with everything around it, as its page shows it. */
  public record DecisionFile(
      DecisionView decision,
      ChildContext context,
      List<DecisionView.Consent> consents,
      List<DecisionView.Hearing> hearings,
      List<DecisionView.StateChange> history,
      List<DecisionView.Reassessment> reassessments,
      Optional<PlacementDue> placement,
      ConsentRules.Assessment consent,
      HearingRules.Assessment hearing,
      LocalDate today) {}

  // ---------------------------------------------------------------------------------------------------------
  // Access targets

  public AccessTarget childTarget(UUID childId) {
    return AccessTarget.of("child", childId).concerningChildren(List.of(childId));
  }

  /** The decision of this child in this county, as access control sees it; empty when there is none. */
  @Transactional(readOnly = true)
  public Optional<AccessTarget> decisionTarget(UUID childId, UUID decisionId) {
    return jdbc.query(
            DecisionQueries.DECISION_CHILD,
            new MapSqlParameterSource("id", decisionId).addValue("countyId", countyId()),
            (rs, i) -> rs.getObject("child_id", UUID.class))
        .stream()
        .filter(childId::equals)
        .findFirst()
        .map(child -> AccessTarget.of("decision", decisionId).concerningChildren(List.of(child)));
  }

  /** Whether the employee may make decisions at all: a qualified social worker in office (LSL 13 §). */
  @Transactional(readOnly = true)
  public boolean isDecisionMaker(Actor actor) {
    if (!(actor instanceof Actor.Employee employee)) {
      return false;
    }
    return jdbc.query(
            DecisionQueries.EMPLOYEE,
            new MapSqlParameterSource("id", employee.id()),
            (rs, i) -> rs.getBoolean("qualified_social_worker") && rs.getBoolean("enabled"))
        .stream()
        .findFirst()
        .orElse(false);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Reads

  /** The child's decisions, newest first, and the placements whose reassessment comes up. */
  @Transactional
  public Optional<ChildDecisions> childDecisions(Actor actor, UUID childId) {
    Optional<ChildContext> context = context(childId);
    if (context.isEmpty()) {
      return Optional.empty();
    }
    List<DecisionView> decisions =
        jdbc.query(
            DecisionQueries.DECISIONS_OF_CHILD,
            new MapSqlParameterSource("childId", childId).addValue("countyId", countyId()),
            DecisionQueries.VIEW);
    Map<UUID, LocalDate> lastReassessed = new HashMap<>();
    jdbc.query(
        DecisionQueries.LAST_REASSESSMENTS_OF_CHILD,
        new MapSqlParameterSource("childId", childId),
        rs -> {
          lastReassessed.put(rs.getObject("decision_id", UUID.class), rs.getObject("last_on", LocalDate.class));
        });
    LocalDate today = today();
    List<PlacementDue> placements =
        decisions.stream()
            .map(d -> placementDue(d, Optional.ofNullable(lastReassessed.get(d.id())), today))
            .flatMap(Optional::stream)
            .toList();
    accessLog.record(actor, Action.DECISION_VIEW, Purpose.CLIENT_SERVICE, childTarget(childId));
    return Optional.of(new ChildDecisions(context.get(), decisions, placements, today));
  }

  /** What the draft form needs, for a new draft (optionally replacing a decided decision) or an existing one. */
  @Transactional
  public Optional<DraftSetup> draftSetup(Actor actor, UUID childId, Optional<UUID> replaces, Optional<UUID> current) {
    Optional<ChildContext> context = context(childId);
    if (context.isEmpty()) {
      return Optional.empty();
    }
    Optional<DecisionView> replaced =
        replaces.flatMap(this::decision).filter(d -> d.childId().equals(childId) && !d.isDraft());
    Optional<UUID> currentContact = current.flatMap(this::decision).flatMap(DecisionView::contactPerson).map(DecisionView.Employee::id);
    List<DecisionView.Employee> candidates = contactCandidates(childId, currentContact);
    accessLog.record(actor, Action.DECISION_VIEW, Purpose.CLIENT_SERVICE, childTarget(childId));
    return Optional.of(new DraftSetup(context.get(), candidates, replaced));
  }

  /** The decision and everything recorded on it; the caller has checked {@link Action#DECISION_VIEW}. */
  @Transactional
  public DecisionFile file(Actor actor, AccessTarget target) {
    DecisionFile file = load(UUID.fromString(target.id()));
    accessLog.record(actor, Action.DECISION_VIEW, Purpose.CLIENT_SERVICE, target);
    return file;
  }

  /** The letter's content, for the PDF; the read is logged as a letter read. */
  @Transactional
  public DecisionLetter letter(Actor actor, AccessTarget target, DecisionLetter.Recipient recipient, LetterTexts texts) {
    DecisionFile file = load(UUID.fromString(target.id()));
    DecisionView d = file.decision();
    if (recipient == DecisionLetter.Recipient.CHILD
        && !ChildAge.hasOwnVoice(file.context().child().birthDate(), letterDate(d))) {
      throw new IllegalArgumentException("The child's own copy is for a child aged 12 or over");
    }
    AppealAuthority authority =
        jdbc.query(
                DecisionQueries.APPEAL_AUTHORITY,
                new MapSqlParameterSource("countyId", countyId()),
                DecisionQueries.AUTHORITY_ROW)
            .stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No appeal authority for the county"));
    Relationship relationship = relationship(d.relationshipId());
    accessLog.record(
        actor,
        Action.DECISION_VIEW,
        Purpose.CLIENT_SERVICE,
        AccessTarget.of("decision_letter", d.id()).concerningChildren(target.childIds()));
    return new DecisionLetter(
        texts.in(d.language()),
        recipient,
        d,
        file.context(),
        effectiveConsents(file),
        file.hearings(),
        organisation.currentCounty().name(d.language() == OfficialLanguage.SV ? UiLanguage.SV : UiLanguage.FI),
        relationship.team(d.language()),
        authority,
        d.appealRoute(),
        letterDate(d));
  }

  /** Whether the child is 12 or over on the decision's date, so that they get a letter of their own. */
  public static boolean childGetsOwnCopy(DecisionFile file) {
    return ChildAge.hasOwnVoice(
        file.context().child().birthDate(), file.decision().decidedOn().orElse(file.today()));
  }

  /** A decided decision is dated the day it was made; a draft's preview the day it would be made. */
  private LocalDate letterDate(DecisionView d) {
    return d.decidedOn().orElse(today());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Writes

  @Transactional
  public Result createDraft(Actor actor, UUID childId, DecisionForms.Draft form) {
    Actor.Employee employee = employee(actor);
    ChildContext context = context(childId).orElseThrow(() -> new IllegalArgumentException("No such child"));
    List<FieldProblem> problems = new ArrayList<>();
    DecisionForms.Content content = form.content(problems);
    Optional<UUID> replaces = form.replaces();
    if (replaces.isPresent()) {
      Optional<DecisionView> replaced = decision(replaces.get());
      if (replaced.isEmpty() || !replaced.get().childId().equals(childId) || replaced.get().isDraft()) {
        problems.add(new FieldProblem("decisionType", "decision.error.replaces.notDecided"));
      } else if (replaced.get().isReplaced()) {
        problems.add(new FieldProblem("decisionType", "decision.error.replaces.alreadyReplaced"));
      }
    }
    Relationship relationship = checkRelationshipAndContact(context, content, problems);
    if (!problems.isEmpty()) {
      return new Result.Refused(problems, false);
    }
    UUID id = UUID.randomUUID();
    jdbc.update(
        DecisionQueries.INSERT,
        contentParams(content)
            .addValue("id", id)
            .addValue("countyId", countyId())
            .addValue("childId", childId)
            .addValue("relationshipId", relationship.id())
            .addValue("replacesId", replaces.orElse(null))
            .addValue("actorId", employee.id())
            .addValue("now", now()));
    history(id, null, DecisionState.DRAFT, employee);
    accessLog.record(actor, Action.DECISION_DRAFT, Purpose.CLIENT_SERVICE, decisionTargetOf(id, childId));
    return new Result.Done(id);
  }

  @Transactional
  public Result updateDraft(Actor actor, AccessTarget target, DecisionForms.Draft form) {
    UUID id = UUID.fromString(target.id());
    Lock lock = lock(id);
    if (lock.state() != DecisionState.DRAFT) {
      return conflict("decision.error.alreadyDecided");
    }
    if (lock.version() != form.versionNumber()) {
      return conflict("decision.error.editedMeanwhile");
    }
    DecisionView current = decision(id).orElseThrow();
    ChildContext context = context(current.childId()).orElseThrow();
    List<FieldProblem> problems = new ArrayList<>();
    DecisionForms.Content content = form.content(problems);
    Relationship relationship = checkRelationshipAndContact(context, content, problems);
    if (!problems.isEmpty()) {
      return new Result.Refused(problems, false);
    }
    int updated =
        jdbc.update(
            DecisionQueries.UPDATE_DRAFT,
            contentParams(content)
                .addValue("id", id)
                .addValue("relationshipId", relationship.id())
                .addValue("version", lock.version())
                .addValue("now", now()));
    if (updated != 1) {
      return conflict("decision.error.editedMeanwhile");
    }
    accessLog.record(actor, Action.DECISION_DRAFT, Purpose.CLIENT_SERVICE, target);
    return new Result.Done(id);
  }

  /** Records a guardian's or the child's consent or refusal to the measure the draft is about. */
  @Transactional
  public Result recordConsent(Actor actor, AccessTarget target, DecisionForms.Consent form) {
    Actor.Employee employee = employee(actor);
    UUID id = UUID.fromString(target.id());
    if (lock(id).state() != DecisionState.DRAFT) {
      return conflict("decision.error.alreadyDecided");
    }
    DecisionView d = decision(id).orElseThrow();
    ChildContext context = context(d.childId()).orElseThrow();
    LocalDate today = today();
    List<FieldProblem> problems = new ArrayList<>();
    UUID personId = DecisionForms.parseUuid(form.decisionConsentPerson(), "decisionConsentPerson", problems);
    Optional<Party> party = Optional.empty();
    if (personId == null) {
      if (DecisionForms.blank(form.decisionConsentPerson())) {
        problems.add(new FieldProblem("decisionConsentPerson", "decision.error.choose"));
      }
    } else {
      party =
          ConsentRules.consentersOf(context.child(), context.guardians(), today).stream()
              .filter(p -> p.personId().equals(personId))
              .findFirst();
      if (party.isEmpty()) {
        problems.add(new FieldProblem("decisionConsentPerson", "decision.error.consent.notAConsenter"));
      }
    }
    Boolean given = yesNo(form.decisionConsentGiven(), "GIVEN", "REFUSED", "decisionConsentGiven", problems);
    LocalDate on = pastDate(form.decisionConsentOn(), "decisionConsentOn", today, problems);
    ContactMethod method =
        DecisionForms.parseEnum(ContactMethod.class, form.decisionConsentMethod(), "decisionConsentMethod", problems, true);
    if (!problems.isEmpty()) {
      return new Result.Refused(problems, false);
    }
    jdbc.update(
        DecisionQueries.CONSENT_INSERT,
        new MapSqlParameterSource("id", id)
            .addValue("personId", personId)
            .addValue("role", party.get().role().name())
            .addValue("measure", d.measure().name())
            .addValue("given", given)
            .addValue("givenOn", on)
            .addValue("method", method.name())
            .addValue("actorId", employee.id()));
    accessLog.record(actor, Action.DECISION_DRAFT, Purpose.CLIENT_SERVICE, target);
    return new Result.Done(id);
  }

  /** Records that a party was heard (when, how, what they said), or why the decision is made without it. */
  @Transactional
  public Result recordHearing(Actor actor, AccessTarget target, DecisionForms.Hearing form) {
    Actor.Employee employee = employee(actor);
    UUID id = UUID.fromString(target.id());
    if (lock(id).state() != DecisionState.DRAFT) {
      return conflict("decision.error.alreadyDecided");
    }
    DecisionView d = decision(id).orElseThrow();
    ChildContext context = context(d.childId()).orElseThrow();
    LocalDate today = today();
    List<FieldProblem> problems = new ArrayList<>();
    UUID personId = DecisionForms.parseUuid(form.decisionHearingPerson(), "decisionHearingPerson", problems);
    Optional<Party> party = personId == null ? Optional.empty() : context.party(personId);
    if (personId == null && DecisionForms.blank(form.decisionHearingPerson())) {
      problems.add(new FieldProblem("decisionHearingPerson", "decision.error.choose"));
    } else if (personId != null && party.isEmpty()) {
      problems.add(new FieldProblem("decisionHearingPerson", "decision.error.hearing.notAParty"));
    }
    Boolean heard = yesNo(form.decisionHearingKind(), "HEARD", "EXCEPTION", "decisionHearingKind", problems);
    LocalDate on = null;
    ContactMethod method = null;
    HearingRules.ExceptionGround ground = null;
    if (Boolean.TRUE.equals(heard)) {
      on = pastDate(form.decisionHearingOn(), "decisionHearingOn", today, problems);
      method = DecisionForms.parseEnum(ContactMethod.class, form.decisionHearingMethod(), "decisionHearingMethod", problems, true);
      if (DecisionForms.blank(form.decisionHearingViews())) {
        problems.add(new FieldProblem("decisionHearingViews", "decision.error.hearing.views.required"));
      }
      DecisionForms.length(form.decisionHearingViews(), DecisionForms.LONG_TEXT, "decisionHearingViews", problems);
    } else if (Boolean.FALSE.equals(heard)) {
      ground =
          DecisionForms.parseEnum(
              HearingRules.ExceptionGround.class, form.decisionHearingGround(), "decisionHearingGround", problems, true);
      if (DecisionForms.blank(form.decisionHearingReason())) {
        problems.add(new FieldProblem("decisionHearingReason", "decision.error.hearing.reason.required"));
      }
      DecisionForms.length(form.decisionHearingReason(), DecisionForms.LONG_TEXT, "decisionHearingReason", problems);
    }
    if (!problems.isEmpty()) {
      return new Result.Refused(problems, false);
    }
    boolean isHeard = heard;
    jdbc.update(
        DecisionQueries.HEARING_INSERT,
        new MapSqlParameterSource("id", id)
            .addValue("personId", personId)
            .addValue("role", party.get().role().name())
            .addValue("heard", isHeard)
            .addValue("heardOn", on)
            .addValue("method", method == null ? null : method.name())
            .addValue("views", isHeard ? DecisionForms.text(form.decisionHearingViews()) : null)
            .addValue("exceptionGround", ground == null ? null : ground.name())
            .addValue("exceptionReason", isHeard ? null : DecisionForms.text(form.decisionHearingReason()))
            .addValue("actorId", employee.id()));
    accessLog.record(actor, Action.DECISION_DRAFT, Purpose.CLIENT_SERVICE, target);
    return new Result.Done(id);
  }

  /**
   * Makes the decision: only a decision maker (a qualified social worker, LSL 13 §), only with every consent the
   * measure needs and every party heard. Takes the decision number and fixes the content for good.
   */
  @Transactional
  public Result decide(Actor actor, AccessTarget target) {
    Actor.Employee employee = employee(actor);
    if (!isDecisionMaker(actor)) {
      accessLog.record(actor, Action.DECISION_MAKE, SecurityEventRecorder.Outcome.DENIED, target);
      throw new AccessDeniedForAction(Action.DECISION_MAKE);
    }
    UUID id = UUID.fromString(target.id());
    if (lock(id).state() != DecisionState.DRAFT) {
      return conflict("decision.error.alreadyDecided");
    }
    DecisionFile file = load(id);
    DecisionView d = file.decision();
    List<FieldProblem> problems = new ArrayList<>();
    Optional<Relationship> relationship =
        file.context().relationships().stream().filter(r -> r.id().equals(d.relationshipId())).findFirst();
    if (relationship.isEmpty()) {
      problems.add(new FieldProblem("decisionContent", "decision.error.relationship.ended"));
    }
    if (d.replacesId().isPresent() && decision(d.replacesId().get()).map(DecisionView::isReplaced).orElse(false)) {
      problems.add(new FieldProblem("decisionContent", "decision.error.replaces.alreadyReplaced"));
    }
    ConsentRules.Assessment consent = file.consent();
    if (consent.noGuardianKnown()) {
      problems.add(new FieldProblem("decisionConsents", "decision.error.consent.noGuardian"));
    } else if (!consent.missing().isEmpty()) {
      problems.add(new FieldProblem("decisionConsents", "decision.error.consent.missing", List.of(names(consent.missing()))));
    }
    if (!consent.refused().isEmpty()) {
      problems.add(
          new FieldProblem("decisionConsentRefusals", "decision.error.consent.refused", List.of(names(consent.refused()))));
    }
    if (!file.hearing().permitsDecision()) {
      problems.add(
          new FieldProblem("decisionHearings", "decision.error.hearing.missing", List.of(names(file.hearing().missing()))));
    }
    if (!problems.isEmpty()) {
      return new Result.Refused(problems, false);
    }
    LocalDate today = file.today();
    Integer number =
        jdbc.queryForObject(
            DecisionQueries.NEXT_NUMBER,
            new MapSqlParameterSource("countyId", countyId()).addValue("year", today.getYear()).addValue("now", now()),
            Integer.class);
    String reference = String.format("%d-%04d", today.getYear(), number);
    jdbc.update(
        DecisionQueries.DECIDE,
        new MapSqlParameterSource("id", id)
            .addValue("reference", reference)
            .addValue("today", today)
            .addValue("now", now())
            .addValue("actorId", employee.id()));
    history(id, DecisionState.DRAFT, DecisionState.DECIDED, employee);
    accessLog.record(actor, Action.DECISION_MAKE, Purpose.CLIENT_SERVICE, target);
    events.publishEvent(
        new DecisionIssued(id, d.childId(), d.measure(), d.type(), today, d.startsOn(), d.endsOn(), d.replacesId()));
    return new Result.Done(id);
  }

  /** Records how and when the letter went out: the date of notification and the last day to appeal follow. */
  @Transactional
  public Result markSent(Actor actor, AccessTarget target, DecisionForms.Sending form) {
    Actor.Employee employee = employee(actor);
    UUID id = UUID.fromString(target.id());
    DecisionState state = lock(id).state();
    if (state == DecisionState.DRAFT) {
      return conflict("decision.error.notDecided");
    }
    if (state == DecisionState.SENT) {
      return conflict("decision.error.alreadySent");
    }
    DecisionView d = decision(id).orElseThrow();
    LocalDate today = today();
    List<FieldProblem> problems = new ArrayList<>();
    DeliveryChannel channel =
        DecisionForms.parseEnum(DeliveryChannel.class, form.decisionSentChannel(), "decisionSentChannel", problems, true);
    LocalDate sentOn = pastDate(form.decisionSentOn(), "decisionSentOn", today, problems);
    if (sentOn != null && d.decidedOn().isPresent() && sentOn.isBefore(d.decidedOn().get())) {
      problems.add(new FieldProblem("decisionSentOn", "decision.error.sentOn.beforeDecision"));
    }
    if (!problems.isEmpty()) {
      return new Result.Refused(problems, false);
    }
    AppealInstructions.Deadline deadline = AppealInstructions.deadline(channel, sentOn, workingDays);
    jdbc.update(
        DecisionQueries.SEND,
        new MapSqlParameterSource("id", id)
            .addValue("channel", channel.name())
            .addValue("sentOn", sentOn)
            .addValue("notifiedOn", deadline.notifiedOn())
            .addValue("appealUntil", deadline.lastDay())
            .addValue("actorId", employee.id())
            .addValue("now", now()));
    history(id, DecisionState.DECIDED, DecisionState.SENT, employee);
    accessLog.record(actor, Action.DECISION_DRAFT, Purpose.CLIENT_SERVICE, target);
    return new Result.Done(id);
  }

  /** Records a reassessment of a placement in force (LSL 37 §). */
  @Transactional
  public Result recordReassessment(Actor actor, AccessTarget target, DecisionForms.Reassessment form) {
    Actor.Employee employee = employee(actor);
    UUID id = UUID.fromString(target.id());
    lock(id);
    DecisionView d = decision(id).orElseThrow();
    if (!isPlacementInForce(d, today())) {
      return conflict("decision.error.reassessment.notAPlacement");
    }
    LocalDate today = today();
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate on = pastDate(form.decisionReassessedOn(), "decisionReassessedOn", today, problems);
    if (DecisionForms.blank(form.decisionReassessmentSummary())) {
      problems.add(new FieldProblem("decisionReassessmentSummary", "decision.error.reassessment.summary.required"));
    }
    DecisionForms.length(
        form.decisionReassessmentSummary(), DecisionForms.LONG_TEXT, "decisionReassessmentSummary", problems);
    if (!problems.isEmpty()) {
      return new Result.Refused(problems, false);
    }
    jdbc.update(
        DecisionQueries.REASSESSMENT_INSERT,
        new MapSqlParameterSource("id", id)
            .addValue("reassessedOn", on)
            .addValue("summary", DecisionForms.text(form.decisionReassessmentSummary()))
            .addValue("actorId", employee.id()));
    accessLog.record(actor, Action.DECISION_DRAFT, Purpose.CLIENT_SERVICE, target);
    return new Result.Done(id);
  }

  // ---------------------------------------------------------------------------------------------------------

  private DecisionFile load(UUID id) {
    DecisionView d = decision(id).orElseThrow(() -> new IllegalArgumentException("No such decision in this county"));
    ChildContext context = context(d.childId()).orElseThrow();
    MapSqlParameterSource p = new MapSqlParameterSource("id", id);
    List<DecisionView.Consent> consents = jdbc.query(DecisionQueries.CONSENTS, p, DecisionQueries.CONSENT_ROW);
    List<DecisionView.Hearing> hearings = jdbc.query(DecisionQueries.HEARINGS, p, DecisionQueries.HEARING_ROW);
    List<DecisionView.StateChange> history = jdbc.query(DecisionQueries.HISTORY, p, DecisionQueries.HISTORY_ROW);
    List<DecisionView.Reassessment> reassessments =
        jdbc.query(DecisionQueries.REASSESSMENTS, p, DecisionQueries.REASSESSMENT_ROW);
    LocalDate today = today();
    // A decided decision is judged on the day it was made; a draft on the day it would be made.
    LocalDate decisionDate = d.decidedOn().orElse(today);
    ConsentRules.Assessment consent =
        ConsentRules.assess(
            d.measure(),
            d.type(),
            decisionDate,
            context.child(),
            context.guardians(),
            consents.stream()
                .filter(c -> c.measure() == d.measure())
                .map(c -> new ConsentRules.Consent(c.personId(), c.given(), c.givenOn(), c.method(), c.id()))
                .toList());
    Set<UUID> heard = hearings.stream().map(DecisionView.Hearing::personId).collect(Collectors.toSet());
    HearingRules.Assessment hearing = HearingRules.assess(context.child(), context.guardians(), decisionDate, heard);
    Optional<LocalDate> lastReassessed =
        reassessments.stream().map(DecisionView.Reassessment::reassessedOn).max(LocalDate::compareTo);
    return new DecisionFile(
        d,
        context,
        consents,
        hearings,
        history,
        reassessments,
        placementDue(d, lastReassessed, today),
        consent,
        hearing,
        today);
  }

  /** The consents the decision rests on: the latest of each required person, for the decision's measure. */
  private static List<DecisionView.Consent> effectiveConsents(DecisionFile file) {
    List<DecisionView.Consent> effective = new ArrayList<>();
    for (Party party : file.consent().required()) {
      file.consents().stream()
          .filter(c -> c.personId().equals(party.personId()) && c.measure() == file.decision().measure())
          .reduce((a, b) -> b.givenOn().isBefore(a.givenOn()) ? a : b)
          .ifPresent(effective::add);
    }
    return effective;
  }

  private Optional<PlacementDue> placementDue(DecisionView d, Optional<LocalDate> lastReassessed, LocalDate today) {
    if (!isPlacementInForce(d, today)) {
      return Optional.empty();
    }
    LocalDate start = d.startsOn().or(d::decidedOn).orElse(today);
    LocalDate due = PlacementReassessment.nextDue(start, lastReassessed);
    return Optional.of(new PlacementDue(d, due, PlacementReassessment.status(due, today)));
  }

  private static boolean isPlacementInForce(DecisionView d, LocalDate today) {
    return d.measure().isPlacement()
        && d.type().providesMeasure()
        && !d.isDraft()
        && !d.isReplaced()
        && d.endsOn().map(end -> !end.isBefore(today)).orElse(true);
  }

  private Relationship checkRelationshipAndContact(
      ChildContext context, DecisionForms.Content content, List<FieldProblem> problems) {
    Relationship relationship = null;
    if (context.relationships().isEmpty()) {
      problems.add(new FieldProblem("decisionMeasure", "decision.error.relationship.none"));
    } else if (content.measure() != null && content.measure().requiresChildWelfareClient()) {
      relationship = context.relationships().stream().filter(Relationship::isChildWelfare).findFirst().orElse(null);
      if (relationship == null) {
        problems.add(new FieldProblem("decisionMeasure", "decision.error.measure.needsChildWelfareClient"));
      }
    } else {
      relationship =
          context.relationships().stream()
              .filter(r -> !r.isChildWelfare())
              .findFirst()
              .orElse(context.relationships().getFirst());
    }
    if (content.contactPerson() != null
        && contactCandidates(context.child().personId(), Optional.of(content.contactPerson())).stream()
            .noneMatch(e -> e.id().equals(content.contactPerson()))) {
      problems.add(new FieldProblem("decisionContactPerson", "decision.error.choose"));
    }
    return relationship;
  }

  private MapSqlParameterSource contentParams(DecisionForms.Content c) {
    return new MapSqlParameterSource()
        .addValue("type", c.type().name())
        .addValue("measure", c.measure().name())
        .addValue("language", c.language().name())
        .addValue("startsOn", c.startsOn())
        .addValue("endsOn", c.endsOn())
        .addValue("estimatedDuration", c.estimatedDuration())
        .addValue("goals", c.goals())
        .addValue("reasons", c.reasons())
        .addValue("otherProvisions", c.otherProvisions())
        .addValue("planDeparture", c.planDeparture())
        .addValue("contactPersonId", c.contactPerson())
        .addValue("contactDetails", c.contactDetails());
  }

  private Optional<ChildContext> context(UUID childId) {
    MapSqlParameterSource p = new MapSqlParameterSource("childId", childId).addValue("countyId", countyId());
    record ChildRow(Party party, Optional<String> language) {}
    Optional<ChildRow> child =
        jdbc.query(
                DecisionQueries.CHILD,
                p,
                (rs, i) ->
                    new ChildRow(
                        new Party(
                            rs.getObject("id", UUID.class),
                            DecisionQueries.name(rs.getString("first_name"), rs.getString("last_name")),
                            PartyRole.CHILD,
                            DecisionQueries.date(rs, "birth_date")),
                        Optional.ofNullable(rs.getString("language"))))
            .stream()
            .findFirst();
    if (child.isEmpty()) {
      return Optional.empty();
    }
    List<Party> guardians = jdbc.query(DecisionQueries.GUARDIANS, p, DecisionQueries.GUARDIAN_ROW);
    List<Relationship> relationships = jdbc.query(DecisionQueries.ACTIVE_RELATIONSHIPS, p, (rs, i) -> relationshipRow(rs));
    return Optional.of(new ChildContext(child.get().party(), child.get().language(), guardians, relationships));
  }

  private Relationship relationship(UUID id) {
    return jdbc.query(
            DecisionQueries.RELATIONSHIP, new MapSqlParameterSource("relationshipId", id), (rs, i) -> relationshipRow(rs))
        .getFirst();
  }

  private static Relationship relationshipRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Relationship(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        rs.getObject("team_id", UUID.class),
        rs.getString("team_fi"),
        rs.getString("team_sv"),
        rs.getObject("responsible_worker_id", UUID.class));
  }

  private List<DecisionView.Employee> contactCandidates(UUID childId, Optional<UUID> alsoInclude) {
    return jdbc.query(
        DecisionQueries.CONTACT_CANDIDATES,
        new MapSqlParameterSource("childId", childId)
            .addValue("countyId", countyId())
            .addValue("include", alsoInclude.map(UUID::toString).orElse(null)),
        DecisionQueries.EMPLOYEE_ROW);
  }

  private Optional<DecisionView> decision(UUID id) {
    return jdbc.query(
            DecisionQueries.DECISION,
            new MapSqlParameterSource("id", id).addValue("countyId", countyId()),
            DecisionQueries.VIEW)
        .stream()
        .findFirst();
  }

  private record Lock(DecisionState state, int version) {}

  private Lock lock(UUID id) {
    return jdbc.query(
            DecisionQueries.LOCK,
            new MapSqlParameterSource("id", id),
            (rs, i) -> new Lock(DecisionState.valueOf(rs.getString("state")), rs.getInt("version")))
        .getFirst();
  }

  private void history(UUID id, DecisionState from, DecisionState to, Actor.Employee employee) {
    if (from != null && !from.canMoveTo(to)) {
      throw new IllegalStateException("A decision cannot move from " + from + " to " + to);
    }
    jdbc.update(
        DecisionQueries.HISTORY_INSERT,
        new MapSqlParameterSource("id", id)
            .addValue("from", from == null ? null : from.name())
            .addValue("to", to.name())
            .addValue("actorId", employee.id())
            .addValue("now", now()));
  }

  private static AccessTarget decisionTargetOf(UUID id, UUID childId) {
    return AccessTarget.of("decision", id).concerningChildren(List.of(childId));
  }

  private static Result conflict(String key) {
    return new Result.Refused(List.of(new FieldProblem("decisionContent", key)), true);
  }

  private static String names(List<Party> parties) {
    return parties.stream().map(Party::name).collect(Collectors.joining(", "));
  }

  private static Boolean yesNo(String value, String yes, String no, String field, List<FieldProblem> problems) {
    if (yes.equals(value)) {
      return true;
    }
    if (no.equals(value)) {
      return false;
    }
    problems.add(new FieldProblem(field, "decision.error.choose"));
    return null;
  }

  private static LocalDate pastDate(String text, String field, LocalDate today, List<FieldProblem> problems) {
    LocalDate date = DecisionForms.parseDate(text, field, problems);
    if (date == null && DecisionForms.blank(text)) {
      problems.add(new FieldProblem(field, "decision.error.date.required"));
    } else if (date != null && date.isAfter(today)) {
      problems.add(new FieldProblem(field, "decision.error.date.future"));
    }
    return date;
  }

  private static Actor.Employee employee(Actor actor) {
    return actor.asEmployee().orElseThrow(() -> new AccessDeniedForAction(Action.DECISION_DRAFT));
  }

  private UUID countyId() {
    return organisation.currentCounty().id();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
