package fi.verso.service;

import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A child's family work: the periods, starting one, a period with its visits, ending and renewing it; and the
 * family worker's own list. Every child-scoped handler checks the actor's relationship to the child first.
 */
@Controller
public class FamilyWorkController {
  private static final String BASE = "/employee/children/{childId}/family-work";
  static final Set<String> DONE = Set.of("started", "visit", "ended", "renewed", "decision");

  private final FamilyWork familyWork;
  private final AccessControl access;

  FamilyWorkController(FamilyWork familyWork, AccessControl access) {
    this.familyWork = familyWork;
    this.access = access;
  }

  public record ChildPage(
      FamilyWork.ChildFamilyWork data,
      FamilyWorkForms.Start form,
      Map<String, FieldProblem> problems,
      boolean mayRecord) {

    public FieldProblem problem(String input) {
      return problems.get(input);
    }

    public String base() {
      return "/employee/children/" + data.child().id();
    }
  }

  public record PeriodPage(
      FamilyWork.Period period,
      FamilyWorkForms.Visit visit,
      FamilyWorkForms.End end,
      MeasureForms.Renew renew,
      MeasureForms.DecisionEnded decision,
      Map<String, FieldProblem> problems,
      boolean mayRecord,
      Optional<String> doneKey) {

    public FieldProblem problem(String input) {
      return problems.get(input);
    }

    public String action(String what) {
      return "/employee/children/" + period.child().id() + "/family-work/" + period.id() + "/" + what;
    }
  }

  public record MinePage(FamilyWork.MyFamilyWork data) {}

  @GetMapping(BASE)
  @RequiresAction(Action.SERVICE_DELIVERY_VIEW)
  String child(@PathVariable UUID childId, Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_VIEW, childId);
    return showChild(actor, childId, null, List.of(), model);
  }

  @PostMapping(BASE)
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String start(
      @PathVariable UUID childId, @ModelAttribute FamilyWorkForms.Start form, HttpServletResponse response, Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return switch (familyWork.start(actor, childId, form)) {
      case Outcome.Done done -> "redirect:/employee/children/" + childId + "/family-work/" + done.id() + "?done=started";
      case Outcome.Refused refused -> {
        response.setStatus(422);
        yield showChild(actor, childId, form, refused.problems(), model);
      }
    };
  }

  @GetMapping(BASE + "/{periodId}")
  @RequiresAction(Action.SERVICE_DELIVERY_VIEW)
  String period(
      @PathVariable UUID childId,
      @PathVariable UUID periodId,
      @RequestParam(name = "done", required = false) String done,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_VIEW, childId);
    Optional<String> doneKey = MeasurePages.doneMessage(done, DONE, "service.period.done.");
    return showPeriod(actor, childId, periodId, Typed.NONE, List.of(), doneKey, model);
  }

  @PostMapping(BASE + "/{periodId}/visits")
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String visit(
      @PathVariable UUID childId,
      @PathVariable UUID periodId,
      @ModelAttribute FamilyWorkForms.Visit form,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return outcome(
        familyWork.recordVisit(actor, childId, periodId, form), "visit", actor, childId, periodId,
        new Typed(form, null, null, null), response, model);
  }

  @PostMapping(BASE + "/{periodId}/end")
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String end(
      @PathVariable UUID childId,
      @PathVariable UUID periodId,
      @ModelAttribute FamilyWorkForms.End form,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return outcome(
        familyWork.end(actor, childId, periodId, form), "ended", actor, childId, periodId,
        new Typed(null, form, null, null), response, model);
  }

  @PostMapping(BASE + "/{periodId}/renew")
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String renew(
      @PathVariable UUID childId,
      @PathVariable UUID periodId,
      @ModelAttribute MeasureForms.Renew form,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return outcome(
        familyWork.renew(actor, childId, periodId, form), "renewed", actor, childId, periodId,
        new Typed(null, null, form, null), response, model);
  }

  @PostMapping(BASE + "/{periodId}/decision-ended")
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String decisionEnded(
      @PathVariable UUID childId,
      @PathVariable UUID periodId,
      @ModelAttribute MeasureForms.DecisionEnded form,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return outcome(
        familyWork.decisionEnded(actor, childId, periodId, form), "decision", actor, childId, periodId,
        new Typed(null, null, null, form), response, model);
  }

  /** The family worker's own open periods and next visits. */
  @GetMapping("/employee/family-work")
  @RequiresAction(Action.MY_CHILDREN_VIEW)
  String mine(Model model) {
    Actor.Employee actor = CurrentActor.get().asEmployee().orElseThrow();
    model.addAttribute("page", new MinePage(familyWork.mine(actor)));
    return "service/my-family-work";
  }

  /** The forms as typed: the one that was sent keeps its text, the others start afresh. */
  private record Typed(
      FamilyWorkForms.Visit visit, FamilyWorkForms.End end, MeasureForms.Renew renew, MeasureForms.DecisionEnded decision) {
    static final Typed NONE = new Typed(null, null, null, null);
  }

  private String outcome(
      Outcome outcome,
      String done,
      Actor.Employee actor,
      UUID childId,
      UUID periodId,
      Typed typed,
      HttpServletResponse response,
      Model model) {
    return MeasurePages.afterChange(
        outcome,
        "/employee/children/" + childId + "/family-work/" + periodId,
        done,
        response,
        problems -> showPeriod(actor, childId, periodId, typed, problems, Optional.empty(), model));
  }

  private String showChild(
      Actor.Employee actor, UUID childId, FamilyWorkForms.Start typed, List<FieldProblem> problems, Model model) {
    FamilyWork.ChildFamilyWork data = familyWork.ofChild(actor, childId).orElseThrow(NotFound::new);
    FamilyWorkForms.Start form =
        typed != null
            ? typed
            : new FamilyWorkForms.Start(
                data.relationships().size() == 1 ? data.relationships().getFirst().id().toString() : "",
                "",
                "",
                ServiceFormat.iso(data.today()),
                "",
                data.planGoals().orElse(""));
    boolean mayRecord = access.isPermitted(actor, Action.SERVICE_DELIVERY_RECORD, ServiceTargets.child(childId));
    model.addAttribute("page", new ChildPage(data, form, ServiceFormat.byInput(problems), mayRecord));
    return "service/family-work";
  }

  private String showPeriod(
      Actor.Employee actor,
      UUID childId,
      UUID periodId,
      Typed typed,
      List<FieldProblem> problems,
      Optional<String> doneKey,
      Model model) {
    FamilyWork.Period period = familyWork.period(actor, childId, periodId).orElseThrow(NotFound::new);
    String today = ServiceFormat.iso(period.today());
    boolean mayRecord = access.isPermitted(actor, Action.SERVICE_DELIVERY_RECORD, ServiceTargets.child(childId));
    model.addAttribute(
        "page",
        new PeriodPage(
            period,
            typed.visit() != null ? typed.visit() : FamilyWorkForms.Visit.empty(today),
            typed.end() != null ? typed.end() : FamilyWorkForms.End.empty(today),
            typed.renew() != null ? typed.renew() : MeasureForms.Renew.empty(),
            typed.decision() != null ? typed.decision() : MeasureForms.DecisionEnded.empty(),
            ServiceFormat.byInput(problems),
            mayRecord,
            doneKey));
    return "service/family-work-period";
  }

  private Actor.Employee require(Action action, UUID childId) {
    return MeasurePages.requireForChild(access, action, childId);
  }
}
