package fi.verso.decision;

import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A child's decisions: the list, the draft form, the decision page with its consents, hearings, deciding and
 * sending, and the letters. Every handler checks its action against the child first.
 */
@Controller
class DecisionController {
  static final String BASE = "/employee/children/{childId}/decisions";

  /** What the decision page says after a change, by {@code ?done=}. */
  static final Set<String> DONE = Set.of("created", "saved", "consent", "hearing", "decided", "sent", "reassessment");

  private final Decisions decisions;
  private final AccessControl access;
  private final DecisionLetterRenderer renderer;
  private final LetterTexts letterTexts;

  DecisionController(
      Decisions decisions, AccessControl access, DecisionLetterRenderer renderer, LetterTexts letterTexts) {
    this.decisions = decisions;
    this.access = access;
    this.renderer = renderer;
    this.letterTexts = letterTexts;
  }

  @GetMapping(BASE)
  @RequiresAction(Action.DECISION_VIEW)
  String list(@PathVariable UUID childId, Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = decisions.childTarget(childId);
    access.require(actor, Action.DECISION_VIEW, target);
    Decisions.ChildDecisions data = decisions.childDecisions(actor, childId).orElseThrow(DecisionController::notFound);
    model.addAttribute("page", new DecisionListPage(data, access.isPermitted(actor, Action.DECISION_DRAFT, target)));
    return "decision/list";
  }

  @GetMapping(BASE + "/new")
  @RequiresAction(Action.DECISION_DRAFT)
  String newDraft(
      @PathVariable UUID childId, @RequestParam(name = "replaces", required = false) UUID replaces, Model model) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.DECISION_DRAFT, decisions.childTarget(childId));
    Decisions.DraftSetup setup = draftSetup(actor, childId, Optional.ofNullable(replaces), Optional.empty());
    model.addAttribute("page", DecisionEditPage.forNew(childId, setup));
    return "decision/edit";
  }

  @PostMapping(BASE)
  @RequiresAction(Action.DECISION_DRAFT)
  String create(
      @PathVariable UUID childId, @ModelAttribute DecisionForms.Draft form, HttpServletResponse response, Model model) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.DECISION_DRAFT, decisions.childTarget(childId));
    return switch (decisions.createDraft(actor, childId, form)) {
      case Decisions.Result.Done done -> redirect(childId, done.decisionId(), "created");
      case Decisions.Result.Refused refused -> draftAgain(actor, childId, Optional.empty(), form, refused.problems(), response, model);
    };
  }

  @GetMapping(BASE + "/{id}")
  @RequiresAction(Action.DECISION_VIEW)
  String decision(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @RequestParam(name = "done", required = false) String done,
      Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(childId, id);
    access.require(actor, Action.DECISION_VIEW, target);
    Optional<String> doneKey = Optional.ofNullable(done).filter(DONE::contains).map(d -> "decision.done." + d);
    return show(actor, target, DecisionPage.Typed.none(), List.of(), doneKey, model);
  }

  @GetMapping(BASE + "/{id}/edit")
  @RequiresAction(Action.DECISION_DRAFT)
  String edit(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(childId, id);
    access.require(actor, Action.DECISION_DRAFT, target);
    Decisions.DecisionFile file = decisions.file(actor, target);
    if (!file.decision().isDraft()) {
      return "redirect:" + path(childId, id);
    }
    Decisions.DraftSetup setup = draftSetup(actor, childId, file.decision().replacesId(), Optional.of(id));
    model.addAttribute("page", DecisionEditPage.forExisting(childId, setup, file.decision()));
    return "decision/edit";
  }

  @PostMapping(BASE + "/{id}")
  @RequiresAction(Action.DECISION_DRAFT)
  String update(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @ModelAttribute DecisionForms.Draft form,
      HttpServletResponse response,
      Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(childId, id);
    access.require(actor, Action.DECISION_DRAFT, target);
    return switch (decisions.updateDraft(actor, target, form)) {
      case Decisions.Result.Done done -> redirect(childId, id, "saved");
      case Decisions.Result.Refused refused -> {
        if (refused.conflict()) {
          response.setStatus(409);
          yield show(actor, target, DecisionPage.Typed.none(), refused.problems(), Optional.empty(), model);
        }
        yield draftAgain(actor, childId, Optional.of(id), form, refused.problems(), response, model);
      }
    };
  }

  @PostMapping(BASE + "/{id}/consents")
  @RequiresAction(Action.DECISION_DRAFT)
  String consent(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @ModelAttribute DecisionForms.Consent form,
      HttpServletResponse response,
      Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(childId, id);
    access.require(actor, Action.DECISION_DRAFT, target);
    return outcome(
        decisions.recordConsent(actor, target, form), "consent", actor, target, DecisionPage.Typed.none().withConsent(form), response, model);
  }

  @PostMapping(BASE + "/{id}/hearings")
  @RequiresAction(Action.DECISION_DRAFT)
  String hearing(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @ModelAttribute DecisionForms.Hearing form,
      HttpServletResponse response,
      Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(childId, id);
    access.require(actor, Action.DECISION_DRAFT, target);
    return outcome(
        decisions.recordHearing(actor, target, form), "hearing", actor, target, DecisionPage.Typed.none().withHearing(form), response, model);
  }

  @PostMapping(BASE + "/{id}/decide")
  @RequiresAction(Action.DECISION_MAKE)
  String decide(@PathVariable UUID childId, @PathVariable UUID id, HttpServletResponse response, Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(childId, id);
    access.require(actor, Action.DECISION_MAKE, target);
    return outcome(decisions.decide(actor, target), "decided", actor, target, DecisionPage.Typed.none(), response, model);
  }

  @PostMapping(BASE + "/{id}/sent")
  @RequiresAction(Action.DECISION_DRAFT)
  String sent(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @ModelAttribute DecisionForms.Sending form,
      HttpServletResponse response,
      Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(childId, id);
    access.require(actor, Action.DECISION_DRAFT, target);
    return outcome(
        decisions.markSent(actor, target, form), "sent", actor, target, DecisionPage.Typed.none().withSending(form), response, model);
  }

  @PostMapping(BASE + "/{id}/reassessments")
  @RequiresAction(Action.DECISION_DRAFT)
  String reassessment(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @ModelAttribute DecisionForms.Reassessment form,
      HttpServletResponse response,
      Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(childId, id);
    access.require(actor, Action.DECISION_DRAFT, target);
    return outcome(
        decisions.recordReassessment(actor, target, form),
        "reassessment",
        actor,
        target,
        DecisionPage.Typed.none().withReassessment(form),
        response,
        model);
  }

  /** The letter as a PDF: to the guardians, or {@code ?recipient=child} the child's own copy (12 or over). */
  @GetMapping(BASE + "/{id}/letter.pdf")
  @RequiresAction(Action.DECISION_VIEW)
  ResponseEntity<byte[]> letter(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @RequestParam(name = "recipient", required = false) String recipient) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(childId, id);
    access.require(actor, Action.DECISION_VIEW, target);
    DecisionLetter.Recipient to =
        switch (recipient == null ? "guardians" : recipient) {
          case "guardians" -> DecisionLetter.Recipient.GUARDIANS;
          case "child" -> DecisionLetter.Recipient.CHILD;
          default -> throw notFound();
        };
    DecisionLetter letter;
    try {
      letter = decisions.letter(actor, target, to, letterTexts);
    } catch (IllegalArgumentException e) {
      throw notFound(); // no own copy for a child under 12
    }
    String name =
        (to == DecisionLetter.Recipient.CHILD ? "decision-child-" : "decision-")
            + letter.decision().reference().orElse("draft")
            + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
        .body(renderer.pdf(letter));
  }

  private String outcome(
      Decisions.Result result,
      String done,
      Actor actor,
      AccessTarget target,
      DecisionPage.Typed typed,
      HttpServletResponse response,
      Model model) {
    UUID childId = target.childIds().getFirst();
    return switch (result) {
      case Decisions.Result.Done d -> redirect(childId, d.decisionId(), done);
      case Decisions.Result.Refused refused -> {
        response.setStatus(refused.conflict() ? 409 : 422);
        yield show(actor, target, typed, refused.problems(), Optional.empty(), model);
      }
    };
  }

  /** The draft form again, refused: what was typed is kept and every problem shown next to its field. */
  private String draftAgain(
      Actor actor,
      UUID childId,
      Optional<UUID> id,
      DecisionForms.Draft form,
      List<FieldProblem> problems,
      HttpServletResponse response,
      Model model) {
    response.setStatus(422);
    Decisions.DraftSetup setup = draftSetup(actor, childId, form.replaces(), id);
    model.addAttribute("page", new DecisionEditPage(childId, id, setup, form, byField(problems)));
    return "decision/edit";
  }

  private Decisions.DraftSetup draftSetup(Actor actor, UUID childId, Optional<UUID> replaces, Optional<UUID> id) {
    return decisions.draftSetup(actor, childId, replaces, id).orElseThrow(DecisionController::notFound);
  }

  private String show(
      Actor actor,
      AccessTarget target,
      DecisionPage.Typed typed,
      List<FieldProblem> problems,
      Optional<String> doneKey,
      Model model) {
    Decisions.DecisionFile file = decisions.file(actor, target);
    LocalDate today = file.today();
    boolean mayDecide =
        access.isPermitted(actor, Action.DECISION_MAKE, target) && decisions.isDecisionMaker(actor);
    model.addAttribute(
        "page",
        new DecisionPage(
            file,
            typed.orEmpty(today),
            byField(problems),
            access.isPermitted(actor, Action.DECISION_DRAFT, target),
            mayDecide,
            Decisions.childGetsOwnCopy(file),
            doneKey));
    return "decision/decision";
  }

  private AccessTarget target(UUID childId, UUID id) {
    return decisions.decisionTarget(childId, id).orElseThrow(DecisionController::notFound);
  }

  static String path(UUID childId, UUID id) {
    return "/employee/children/" + childId + "/decisions/" + id;
  }

  private static String redirect(UUID childId, UUID id, String done) {
    return "redirect:" + path(childId, id) + "?done=" + done;
  }

  private static Map<String, FieldProblem> byField(List<FieldProblem> problems) {
    Map<String, FieldProblem> map = new LinkedHashMap<>();
    problems.forEach(p -> map.putIfAbsent(p.field(), p));
    return map;
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
