package fi.verso.service;

import fi.verso.organisation.Municipality;
import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
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
 * A child's support person and support family matches: finding a candidate by language, area and availability,
 * matching, and a match with its meetings. Every handler checks the actor's relationship to the child first.
 */
@Controller
public class SupportMatchController {
  private static final String BASE = "/employee/children/{childId}/support";
  static final Set<String> DONE = Set.of("matched", "meeting", "closed", "renewed", "decision");

  private final SupportMatches matches;
  private final SupportRegister register;
  private final AccessControl access;

  SupportMatchController(SupportMatches matches, SupportRegister register, AccessControl access) {
    this.matches = matches;
    this.register = register;
    this.access = access;
  }

  public record ChildPage(
      SupportMatches.ChildSupport data,
      List<Municipality> municipalities,
      SupportForms.Match form,
      Map<String, FieldProblem> problems,
      boolean mayRecord) {

    public FieldProblem problem(String input) {
      return problems.get(input);
    }

    public String base() {
      return "/employee/children/" + data.child().id();
    }

    public List<SupportLanguage> languages() {
      return List.of(SupportLanguage.values());
    }

    public String areaNames(List<String> codes, fi.verso.shared.i18n.UiLanguage lang) {
      return SupportRegisterController.areaNames(municipalities, codes, lang);
    }
  }

  public record MatchPage(
      SupportMatches.Match match,
      List<Municipality> municipalities,
      SupportForms.Meeting meeting,
      MeasureForms.Close close,
      MeasureForms.Renew renew,
      MeasureForms.DecisionEnded decision,
      Map<String, FieldProblem> problems,
      boolean mayRecord,
      Optional<String> doneKey) {

    public FieldProblem problem(String input) {
      return problems.get(input);
    }

    public String action(String what) {
      return "/employee/children/" + match.child().id() + "/support/" + match.id() + "/" + what;
    }

    public String areaNames(List<String> codes, fi.verso.shared.i18n.UiLanguage lang) {
      return SupportRegisterController.areaNames(municipalities, codes, lang);
    }
  }

  /**
   * Opened without a filter, the page proposes the child's own language and municipality and those available
   * now; a submitted filter ({@code filtered}) is taken as chosen, empty parts meaning "any".
   */
  @GetMapping(BASE)
  @RequiresAction(Action.SERVICE_DELIVERY_VIEW)
  String child(
      @PathVariable UUID childId,
      @RequestParam(name = "filtered", required = false) String filtered,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "language", required = false) String language,
      @RequestParam(name = "area", required = false) String area,
      @RequestParam(name = "availability", required = false) String availability,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_VIEW, childId);
    SupportRegister.Filter filter =
        filtered == null
            ? matches.defaultFilter(actor, childId)
            : SupportRegisterController.filter(kind, language, area, availability, register.municipalities(actor.countyId()));
    return showChild(actor, childId, filter, SupportForms.Match.empty(), List.of(), model);
  }

  @PostMapping(BASE)
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String match(
      @PathVariable UUID childId,
      @ModelAttribute SupportForms.Match form,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "language", required = false) String language,
      @RequestParam(name = "area", required = false) String area,
      @RequestParam(name = "availability", required = false) String availability,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return switch (matches.match(actor, childId, form)) {
      case Outcome.Done done -> "redirect:/employee/children/" + childId + "/support/" + done.id() + "?done=matched";
      case Outcome.Refused refused -> {
        response.setStatus(422);
        SupportRegister.Filter filter =
            SupportRegisterController.filter(kind, language, area, availability, register.municipalities(actor.countyId()));
        yield showChild(actor, childId, filter, form, refused.problems(), model);
      }
    };
  }

  @GetMapping(BASE + "/{matchId}")
  @RequiresAction(Action.SERVICE_DELIVERY_VIEW)
  String matchPage(
      @PathVariable UUID childId,
      @PathVariable UUID matchId,
      @RequestParam(name = "done", required = false) String done,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_VIEW, childId);
    Optional<String> doneKey = MeasurePages.doneMessage(done, DONE, "service.match.done.");
    return showMatch(actor, childId, matchId, Typed.NONE, List.of(), doneKey, model);
  }

  @PostMapping(BASE + "/{matchId}/meetings")
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String meeting(
      @PathVariable UUID childId,
      @PathVariable UUID matchId,
      @ModelAttribute SupportForms.Meeting form,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return outcome(
        matches.recordMeeting(actor, childId, matchId, form), "meeting", actor, childId, matchId,
        new Typed(form, null, null, null), response, model);
  }

  @PostMapping(BASE + "/{matchId}/close")
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String close(
      @PathVariable UUID childId,
      @PathVariable UUID matchId,
      @ModelAttribute MeasureForms.Close form,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return outcome(
        matches.close(actor, childId, matchId, form), "closed", actor, childId, matchId,
        new Typed(null, form, null, null), response, model);
  }

  @PostMapping(BASE + "/{matchId}/renew")
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String renew(
      @PathVariable UUID childId,
      @PathVariable UUID matchId,
      @ModelAttribute MeasureForms.Renew form,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return outcome(
        matches.renew(actor, childId, matchId, form), "renewed", actor, childId, matchId,
        new Typed(null, null, form, null), response, model);
  }

  @PostMapping(BASE + "/{matchId}/decision-ended")
  @RequiresAction(Action.SERVICE_DELIVERY_RECORD)
  String decisionEnded(
      @PathVariable UUID childId,
      @PathVariable UUID matchId,
      @ModelAttribute MeasureForms.DecisionEnded form,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = require(Action.SERVICE_DELIVERY_RECORD, childId);
    return outcome(
        matches.decisionEnded(actor, childId, matchId, form), "decision", actor, childId, matchId,
        new Typed(null, null, null, form), response, model);
  }

  private record Typed(
      SupportForms.Meeting meeting, MeasureForms.Close close, MeasureForms.Renew renew, MeasureForms.DecisionEnded decision) {
    static final Typed NONE = new Typed(null, null, null, null);
  }

  private String outcome(
      Outcome outcome,
      String done,
      Actor.Employee actor,
      UUID childId,
      UUID matchId,
      Typed typed,
      HttpServletResponse response,
      Model model) {
    return MeasurePages.afterChange(
        outcome,
        "/employee/children/" + childId + "/support/" + matchId,
        done,
        response,
        problems -> showMatch(actor, childId, matchId, typed, problems, Optional.empty(), model));
  }

  private String showChild(
      Actor.Employee actor,
      UUID childId,
      SupportRegister.Filter filter,
      SupportForms.Match form,
      List<FieldProblem> problems,
      Model model) {
    SupportMatches.ChildSupport data = matches.ofChild(actor, childId, filter).orElseThrow(NotFound::new);
    boolean mayRecord = access.isPermitted(actor, Action.SERVICE_DELIVERY_RECORD, ServiceTargets.child(childId));
    model.addAttribute(
        "page",
        new ChildPage(data, register.municipalities(actor.countyId()), form, ServiceFormat.byInput(problems), mayRecord));
    return "service/support";
  }

  private String showMatch(
      Actor.Employee actor,
      UUID childId,
      UUID matchId,
      Typed typed,
      List<FieldProblem> problems,
      Optional<String> doneKey,
      Model model) {
    SupportMatches.Match match = matches.get(actor, childId, matchId).orElseThrow(NotFound::new);
    String today = ServiceFormat.iso(match.today());
    boolean mayRecord = access.isPermitted(actor, Action.SERVICE_DELIVERY_RECORD, ServiceTargets.child(childId));
    model.addAttribute(
        "page",
        new MatchPage(
            match,
            register.municipalities(actor.countyId()),
            typed.meeting() != null ? typed.meeting() : SupportForms.Meeting.empty(today),
            typed.close() != null ? typed.close() : MeasureForms.Close.empty(today),
            typed.renew() != null ? typed.renew() : MeasureForms.Renew.empty(),
            typed.decision() != null ? typed.decision() : MeasureForms.DecisionEnded.empty(),
            ServiceFormat.byInput(problems),
            mayRecord,
            doneKey));
    return "service/support-match";
  }

  private Actor.Employee require(Action action, UUID childId) {
    return MeasurePages.requireForChild(access, action, childId);
  }
}
