package fi.verso.assessment;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.client.Clients;
import fi.verso.client.DateInput;
import fi.verso.client.Lsl27Ground;
import fi.verso.client.WorkerLoad;
import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessment page: the completion clock, the work so far, and completing with a conclusion. */
@Controller
public class AssessmentController {
  static final String DONE_FLASH = "assessmentDone";
  private final Assessments assessments;
  private final Clients clients;
  private final AccessControl access;
  private final Clock clock;

  AssessmentController(Assessments assessments, Clients clients, AccessControl access, Clock clock) {
    this.assessments = assessments;
    this.clients = clients;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/employee/children/{childId}/assessment/{id}")
  @RequiresAction(Action.CHILD_RECORDS_VIEW)
  String assessment(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
    Actor.Employee me = me();
    access.require(me, Action.CHILD_RECORDS_VIEW, Assessments.target(id, childId));
    AssessmentView a = view(me, childId, id);
    String done = model.getAttribute(DONE_FLASH) instanceof String s ? s : null;
    AssessmentForm form = a.asForm();
    if (a.open()) {
      List<WorkerLoad> workers = workers(me, a);
      boolean assessorQualified = workers.stream().anyMatch(w -> w.id().equals(a.assignedWorkerId()) && w.qualified());
      form =
          form.with("responsibleWorker", assessorQualified ? a.assignedWorkerId().toString() : "")
              .with("noticeSentOn", DateInput.iso(today()))
              .with("noticeLanguage", NoticeLanguage.FI.name())
              .with("noticeRecipients", assessments.defaultRecipients(me.countyId(), a));
    }
    return page(me, a, form, List.of(), false, Optional.ofNullable(done), model);
  }

  @PostMapping("/employee/children/{childId}/assessment/{id}")
  @RequiresAction(Action.CHILD_RECORDS_WRITE)
  String save(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @RequestParam(name = "action", defaultValue = "save") String action,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Actor.Employee me = me();
    access.require(me, Action.CHILD_RECORDS_WRITE, Assessments.target(id, childId));
    AssessmentForm typed = AssessmentForm.fromParameters(params);
    boolean completing = "complete".equals(action);
    if (completing && startsRelationship(typed)) {
      access.require(me, Action.CLIENT_RELATIONSHIP_MANAGE, Assessments.target(id, childId));
    }
    Assessments.Outcome outcome = completing ? assessments.complete(me, childId, id, typed) : assessments.save(me, childId, id, typed);
    return switch (outcome) {
      case Assessments.Outcome.Saved s -> {
        redirect.addFlashAttribute(DONE_FLASH, "assessment.done.saved");
        yield "redirect:/employee/children/" + childId + "/assessment/" + id;
      }
      case Assessments.Outcome.Completed c -> {
        redirect.addFlashAttribute(
            DONE_FLASH, c.relationshipId().isPresent() ? "assessment.done.completedWithRelationship" : "assessment.done.completed");
        yield "redirect:/employee/children/" + childId + "/assessment/" + id;
      }
      case Assessments.Outcome.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      case Assessments.Outcome.Invalid invalid -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        yield page(me, view(me, childId, id), typed, invalid.problems(), false, Optional.empty(), model);
      }
      case Assessments.Outcome.Stale stale -> {
        // Keep every word typed; show what the other person saved; the next save overwrites knowingly.
        response.setStatus(HttpStatus.CONFLICT.value());
        AssessmentView now = view(me, childId, id);
        yield page(me, now, typed.with("version", String.valueOf(now.version())), List.of(), true, Optional.empty(), model);
      }
    };
  }

  private static boolean startsRelationship(AssessmentForm typed) {
    try {
      return Conclusion.valueOf(typed.value("conclusion")).startsRelationship().isPresent();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private String page(
      Actor.Employee me,
      AssessmentView a,
      AssessmentForm form,
      List<FieldProblem> problems,
      boolean stale,
      Optional<String> done,
      Model model) {
    LocalDate today = today();
    Map<String, String> savedNow = new LinkedHashMap<>();
    if (stale) {
      AssessmentForm saved = a.asForm();
      for (String f : AssessmentForm.DRAFT_FIELDS) {
        if (!saved.value(f).equals(form.value(f).strip())) {
          savedNow.put(f, saved.value(f));
        }
      }
    }
    List<Clients.TeamMember> members =
        a.open()
            ? clients.teamMembers(me.countyId(), List.of(a.teamId())).stream().filter(m -> !m.id().equals(a.assignedWorkerId())).toList()
            : List.of();
    model.addAttribute(
        "page",
        new AssessmentPage(
            a,
            a.clock(today),
            access.isPermitted(me, Action.CHILD_RECORDS_WRITE, Assessments.target(a.id(), a.childId())),
            form,
            problems,
            stale,
            savedNow,
            members,
            a.open() ? workers(me, a) : List.of(),
            done));
    return "assessment/assessment";
  }

  private List<WorkerLoad> workers(Actor.Employee me, AssessmentView a) {
    return clients.socialWorkers(me.countyId(), List.of(a.teamId()), today());
  }

  private AssessmentView view(Actor.Employee me, UUID childId, UUID id) {
    return assessments.view(me, me.countyId(), childId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }

  private static Actor.Employee me() {
    return CurrentActor.get().asEmployee().orElseThrow();
  }

  public record AssessmentPage(
      AssessmentView assessment,
      CompletionClock clock,
      boolean mayWrite,
      AssessmentForm form,
      List<FieldProblem> problems,
      boolean stale,
      Map<String, String> savedNow,
      List<Clients.TeamMember> members,
      List<WorkerLoad> workers,
      Optional<String> done) {

    public boolean editable() {
      return mayWrite && assessment.open();
    }

    public FieldProblem problem(String field) {
      return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
    }

    public Map<String, FieldProblem> problemsByField() {
      Map<String, FieldProblem> byField = new LinkedHashMap<>();
      problems.forEach(p -> byField.putIfAbsent(p.field(), p));
      return byField;
    }

    public String value(String field) {
      return form.value(field);
    }

    public List<Conclusion> conclusions() {
      return List.of(Conclusion.values());
    }

    public List<Lsl27Ground> grounds() {
      return List.of(Lsl27Ground.values());
    }

    public List<NoticeLanguage> languages() {
      return List.of(NoticeLanguage.values());
    }

    /** aria-describedby for a field: its hint (if any) and its error (if any). */
    public String describedBy(String field, boolean hint) {
      String ids = (hint ? field + "-hint " : "") + (problem(field) != null ? field + "-error" : "");
      return ids.isBlank() ? null : ids.strip();
    }
  }
}
