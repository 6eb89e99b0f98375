package fi.verso.plan;

import fi.verso.shared.i18n.I18nConfig;
import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's client plan: the current revision and its clocks, the revisions compared, and a new revision. */
@Controller
@RequestMapping("/employee/children/{childId}/plan")
public class PlanController {
  static final String SAVED_FLASH = "planSaved";
  private final ClientPlans plans;
  private final AccessControl access;
  private final Clock clock;

  PlanController(ClientPlans plans, AccessControl access, Clock clock) {
    this.plans = plans;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  @RequiresAction(Action.CHILD_RECORDS_VIEW)
  String plan(@PathVariable UUID childId, HttpServletRequest request, Model model) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.CHILD_RECORDS_VIEW, child(childId));
    Actor.Employee me = actor.asEmployee().orElseThrow();
    ClientPlans.ChildPlan plan = plans.view(me, childId).orElseThrow(PlanController::notFound);
    Optional<Integer> saved =
        model.getAttribute(SAVED_FLASH) instanceof Integer n ? Optional.of(n) : Optional.empty();
    model.addAttribute(
        "page",
        new PlanPage(
            plan,
            new DateText(I18nConfig.current(request)),
            LocalDate.now(clock),
            access.isPermitted(actor, Action.CHILD_RECORDS_WRITE, child(childId)),
            saved));
    return "plan/plan";
  }

  @GetMapping("/edit")
  @RequiresAction(Action.CHILD_RECORDS_WRITE)
  String edit(@PathVariable UUID childId, HttpServletRequest request, Model model) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.CHILD_RECORDS_WRITE, child(childId));
    Actor.Employee me = actor.asEmployee().orElseThrow();
    ClientPlans.ChildPlan plan = plans.view(me, childId).orElseThrow(PlanController::notFound);
    if (!plan.mayBeRevised()) {
      return "redirect:/employee/children/" + childId + "/plan";
    }
    LocalDate today = LocalDate.now(clock);
    PlanForm form = plan.current().map(c -> PlanForm.from(c, today)).orElseGet(() -> PlanForm.first(today));
    model.addAttribute("page", EditPage.of(plan, form, new DateText(I18nConfig.current(request))));
    return "plan/edit";
  }

  /**
   * Saves a new revision, or ({@code intent=addGoal}) sends the form back with one more goal row. Nothing typed
   * is lost either way: a refused or conflicting save comes back exactly as it was sent.
   */
  @PostMapping("/edit")
  @RequiresAction(Action.CHILD_RECORDS_WRITE)
  String save(
      @PathVariable UUID childId,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.CHILD_RECORDS_WRITE, child(childId));
    Actor.Employee me = actor.asEmployee().orElseThrow();
    DateText dates = new DateText(I18nConfig.current(request));
    PlanForm form = PlanForm.fromParameters(params).withRoomForGoals();
    if ("addGoal".equals(params.getFirst("intent"))) {
      ClientPlans.ChildPlan plan = plans.view(me, childId).orElseThrow(PlanController::notFound);
      if (!plan.mayBeRevised()) {
        return "redirect:/employee/children/" + childId + "/plan";
      }
      model.addAttribute("page", EditPage.of(plan, form.withOneMoreRow(), dates));
      return "plan/edit";
    }
    return switch (plans.save(me, childId, form)) {
      case ClientPlans.SaveOutcome.Saved saved -> {
        redirect.addFlashAttribute(SAVED_FLASH, saved.revision());
        yield "redirect:/employee/children/" + childId + "/plan";
      }
      case ClientPlans.SaveOutcome.Invalid invalid -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        ClientPlans.ChildPlan plan = plans.view(me, childId).orElseThrow(PlanController::notFound);
        model.addAttribute("page", EditPage.of(plan, form, dates).withProblems(invalid.problems()));
        yield "plan/edit";
      }
      case ClientPlans.SaveOutcome.Conflict conflict -> {
        // Keep what this worker typed, show what the other saved beside it, and let a second save decide:
        // the form is now based on the newer revision, so saving again is a deliberate choice.
        response.setStatus(HttpStatus.CONFLICT.value());
        ClientPlans.ChildPlan plan = plans.view(me, childId).orElseThrow(PlanController::notFound);
        PlanRevision theirs = conflict.current();
        model.addAttribute(
            "page",
            EditPage.of(plan, form.basedOn(theirs.number()), dates)
                .withConflict(
                    new Conflict(
                        theirs,
                        dates.of(theirs.savedAt()),
                        PlanDiff.between(theirs.content(), conflict.typed(), dates::of))));
        yield "plan/edit";
      }
      case ClientPlans.SaveOutcome.NoActiveRelationship none -> "redirect:/employee/children/" + childId + "/plan";
      case ClientPlans.SaveOutcome.NotFound notFound -> throw notFound();
    };
  }

  @GetMapping("/revisions/{number}")
  @RequiresAction(Action.CHILD_RECORDS_VIEW)
  String revision(@PathVariable UUID childId, @PathVariable int number, HttpServletRequest request, Model model) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.CHILD_RECORDS_VIEW, child(childId));
    Actor.Employee me = actor.asEmployee().orElseThrow();
    ClientPlans.RevisionPair pair = plans.revision(me, childId, number).orElseThrow(PlanController::notFound);
    DateText dates = new DateText(I18nConfig.current(request));
    model.addAttribute(
        "page",
        new RevisionPage(
            pair,
            dates,
            pair.previous().map(p -> PlanDiff.between(p.content(), pair.revision().content(), dates::of))));
    return "plan/revision";
  }

  private static AccessTarget child(UUID childId) {
    return AccessTarget.of("child", childId).concerningChildren(List.of(childId));
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  /** A date that must not be missed, written out, and where it stands today. */
  public record Due(String dateText, DueStatus status) {}

  public record PlanPage(
      ClientPlans.ChildPlan plan, DateText dates, LocalDate today, boolean mayWrite, Optional<Integer> saved) {

    public String base() {
      return "/employee/children/" + plan.childId();
    }

    public Optional<Due> review() {
      return plan.reviewDue().map(d -> new Due(dates.of(d), PlanReviewPolicy.status(d, today)));
    }

    public Optional<Due> nextMeeting() {
      return plan.nextMeetingDue().map(d -> new Due(dates.of(d), ChildMeetingPolicy.status(d, today)));
    }

    public boolean mayRevise() {
      return mayWrite && plan.mayBeRevised();
    }
  }

  /** Another worker's newer revision beside what this worker typed. */
  public record Conflict(PlanRevision theirs, String savedAtText, PlanDiff diff) {}

  public record EditPage(
      ClientPlans.ChildPlan plan,
      PlanForm form,
      DateText dates,
      List<FieldProblem> problems,
      Optional<Conflict> conflict) {

    static EditPage of(ClientPlans.ChildPlan plan, PlanForm form, DateText dates) {
      return new EditPage(plan, form, dates, List.of(), Optional.empty());
    }

    EditPage withProblems(List<FieldProblem> found) {
      return new EditPage(plan, form, dates, found, conflict);
    }

    EditPage withConflict(Conflict c) {
      return new EditPage(plan, form, dates, problems, Optional.of(c));
    }

    public String base() {
      return "/employee/children/" + plan.childId();
    }

    public FieldProblem problem(String field) {
      return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
    }

    public List<GoalStatus> statuses() {
      return List.of(GoalStatus.values());
    }

    /**
     * Where the "add a goal" button sends the browser back to: the new row (the form comes back with one more).
     */
    public String addGoalAction() {
      return base() + "/plan/edit#goal-" + (form.goals().size() + 1);
    }

    /** The revision this save will make. */
    public int nextNumber() {
      return form.basedOnRevision() + 1;
    }

    /** aria-describedby for a field: its hint, and its error when it has one. */
    public String describedBy(String field, boolean hasHint) {
      String ids = hasHint ? field + "-hint" : "";
      if (problem(field) != null) {
        ids = (ids + " " + field + "-error").strip();
      }
      return ids.isEmpty() ? null : ids;
    }
  }

  public record RevisionPage(ClientPlans.RevisionPair pair, DateText dates, Optional<PlanDiff> diff) {
    public String base() {
      return "/employee/children/" + pair.childId();
    }
  }
}
