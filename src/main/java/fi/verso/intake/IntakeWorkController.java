package fi.verso.intake;

import fi.verso.organisation.Organisation;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import fi.verso.shared.web.PageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The intake workers' pages: the queue, a matter and what is recorded on it, and registering a matter that
 * came by phone, paper or in person. Team-scoped actions are checked against the matter's team first.
 */
@Controller
class IntakeWorkController {
  private static final String MATTERS = "/employee/intake/matters/";

  private final IntakeWork work;
  private final AccessControl access;
  private final Organisation organisation;

  IntakeWorkController(IntakeWork work, AccessControl access, Organisation organisation) {
    this.work = work;
    this.access = access;
    this.organisation = organisation;
  }

  @GetMapping("/employee/intake")
  @RequiresAction(Action.INTAKE_QUEUE_VIEW)
  String queue(
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "registered", required = false) String registered,
      Model model) {
    Actor.Employee me = CurrentActor.get().asEmployee().orElseThrow();
    Optional<MatterKind> k = kindParam(kind);
    QueueStateFilter filter = QueueStateFilter.fromParam(state);
    IntakeWork.Queue queue = work.queue(me, k.orElse(null), filter);
    model.addAttribute(
        "page", new QueuePage(queue.rows(), queue.truncated(), queue.today(), k, filter, registered != null));
    return "intake/queue";
  }

  @GetMapping(MATTERS + "{id}")
  @RequiresAction(Action.INTAKE_MATTER_VIEW)
  String matter(
      @PathVariable UUID id,
      @RequestParam(name = "done", required = false) String done,
      @RequestParam(name = "noticeLanguage", required = false) String noticeLanguage,
      Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(id);
    access.require(actor, Action.INTAKE_MATTER_VIEW, target);
    Optional<String> doneKey = Optional.ofNullable(done).filter(MatterPage.DONE::contains).map(d -> "intake.matter.done." + d);
    return show(actor, target, Typed.none(language(noticeLanguage, model)), List.of(), doneKey, model);
  }

  @PostMapping(MATTERS + "{id}/urgency")
  @RequiresAction(Action.INTAKE_MATTER_PROCESS)
  String urgency(
      @PathVariable UUID id, @ModelAttribute MatterForms.Urgency form, HttpServletResponse response, Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(id);
    access.require(actor, Action.INTAKE_MATTER_PROCESS, target);
    return outcome(
        work.assessUrgency(actor, target, form), "urgency", actor, target, Typed.none(language(null, model)).withUrgency(form), response, model);
  }

  @PostMapping(MATTERS + "{id}/decision")
  @RequiresAction(Action.INTAKE_MATTER_PROCESS)
  String decision(
      @PathVariable UUID id, @ModelAttribute MatterForms.Decision form, HttpServletResponse response, Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(id);
    access.require(actor, Action.INTAKE_MATTER_PROCESS, target);
    return outcome(
        work.decide(actor, target, form), "decision", actor, target, Typed.none(language(null, model)).withDecision(form), response, model);
  }

  @PostMapping(MATTERS + "{id}/notices")
  @RequiresAction(Action.INTAKE_MATTER_PROCESS)
  String notice(
      @PathVariable UUID id, @ModelAttribute MatterForms.Notice form, HttpServletResponse response, Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(id);
    access.require(actor, Action.INTAKE_MATTER_PROCESS, target);
    return outcome(
        work.recordNotice(actor, target, form), "notice", actor, target, Typed.none(language(null, model)).withNotice(form), response, model);
  }

  @PostMapping(MATTERS + "{id}/links/{other}/{verdict}")
  @RequiresAction(Action.INTAKE_MATTER_PROCESS)
  String link(
      @PathVariable UUID id,
      @PathVariable UUID other,
      @PathVariable String verdict,
      HttpServletResponse response,
      Model model) {
    boolean confirm =
        switch (verdict) {
          case "confirm" -> true;
          case "reject" -> false;
          default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    Actor actor = CurrentActor.get();
    AccessTarget target = target(id);
    access.require(actor, Action.INTAKE_MATTER_PROCESS, target);
    return outcome(
        work.decideLink(actor, target, other, confirm), "link", actor, target, Typed.none(language(null, model)), response, model);
  }

  @PostMapping(MATTERS + "{id}/conversion")
  @RequiresAction(Action.INTAKE_MATTER_PROCESS)
  String conversion(
      @PathVariable UUID id, @ModelAttribute MatterForms.Conversion form, HttpServletResponse response, Model model) {
    Actor actor = CurrentActor.get();
    AccessTarget target = target(id);
    access.require(actor, Action.INTAKE_MATTER_PROCESS, target);
    return switch (work.convertPrenatal(actor, target, form)) {
      case IntakeWork.Result.Done done -> "redirect:" + MATTERS + done.matterId() + "?done=converted";
      case IntakeWork.Result.Refused refused -> {
        response.setStatus(refused.conflict() ? 409 : 422);
        yield show(actor, target, Typed.none(language(null, model)).withConversion(form), refused.problems(), Optional.empty(), model);
      }
    };
  }

  @GetMapping("/employee/intake/register/{form}")
  @RequiresAction(Action.INTAKE_REGISTER)
  String registerForm(@PathVariable String form, Model model) {
    MatterKind kind = formKind(form);
    String key = UUID.randomUUID().toString();
    SubmissionForm empty =
        kind == MatterKind.PRENATAL_NOTIFICATION
            ? SubmissionForm.emptyWithReporter(key, ReporterType.MANDATED_REPORTER)
            : kind == MatterKind.FAMILY_WORK_APPLICATION
                ? SubmissionForm.emptyWithReporter(key, ReporterType.GUARDIAN)
                : SubmissionForm.empty(key);
    model.addAttribute("page", registrationPage(kind, form, empty, List.of()));
    return "intake/form";
  }

  @PostMapping("/employee/intake/register/{form}")
  @RequiresAction(Action.INTAKE_REGISTER)
  String register(
      @PathVariable String form, @ModelAttribute SubmissionForm typed, HttpServletResponse response, Model model) {
    MatterKind kind = formKind(form);
    UUID key = CitizenIntakeController.submissionKey(typed.submissionKey());
    if (key == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    Actor actor = CurrentActor.get();
    return switch (work.register(actor, kind, typed, key)) {
      case Intake.Outcome.Received received -> {
        AccessTarget target = target(received.matter().id());
        // Routing follows the child's municipality: the matter may belong to another team's queue.
        yield access.isPermitted(actor, Action.INTAKE_MATTER_VIEW, target)
            ? "redirect:" + MATTERS + received.matter().id()
            : "redirect:/employee/intake?registered=elsewhere";
      }
      case Intake.Outcome.Invalid invalid -> {
        response.setStatus(422);
        model.addAttribute("page", registrationPage(kind, form, typed, invalid.problems()));
        yield "intake/form";
      }
    };
  }

  /** The forms as typed: the one that was sent keeps its text, the others start empty. */
  private record Typed(
      NoticeLanguage noticeLanguage,
      MatterForms.Urgency urgency,
      MatterForms.Decision decision,
      MatterForms.Notice notice,
      MatterForms.Conversion conversion) {
    static Typed none(NoticeLanguage language) {
      return new Typed(language, MatterForms.Urgency.empty(), MatterForms.Decision.empty(), null, MatterForms.Conversion.empty());
    }

    Typed withUrgency(MatterForms.Urgency form) {
      return new Typed(noticeLanguage, form, decision, notice, conversion);
    }

    Typed withDecision(MatterForms.Decision form) {
      return new Typed(noticeLanguage, urgency, form, notice, conversion);
    }

    Typed withNotice(MatterForms.Notice form) {
      return new Typed(noticeLanguage, urgency, decision, form, conversion);
    }

    Typed withConversion(MatterForms.Conversion form) {
      return new Typed(noticeLanguage, urgency, decision, notice, form);
    }
  }

  private String outcome(
      IntakeWork.Result result,
      String done,
      Actor actor,
      AccessTarget target,
      Typed typed,
      HttpServletResponse response,
      Model model) {
    return switch (result) {
      case IntakeWork.Result.Done d -> "redirect:" + MATTERS + d.matterId() + "?done=" + done;
      case IntakeWork.Result.Refused refused -> {
        response.setStatus(refused.conflict() ? 409 : 422);
        yield show(actor, target, typed, refused.problems(), Optional.empty(), model);
      }
    };
  }

  private String show(
      Actor actor, AccessTarget target, Typed typed, List<FieldProblem> problems, Optional<String> doneKey, Model model) {
    MatterView matter = work.matter(actor, target);
    MatterForms.Notice notice =
        typed.notice() != null
            ? typed.notice()
            : new MatterForms.Notice(
                typed.noticeLanguage().name(),
                null,
                work.noticeTemplate(matter, typed.noticeLanguage()),
                matter.clock().today().toString());
    model.addAttribute(
        "page",
        new MatterPage(
            matter,
            IntakeFormPage.byInput(problems),
            typed.urgency(),
            typed.decision(),
            notice,
            typed.conversion(),
            access.isPermitted(actor, Action.INTAKE_MATTER_PROCESS, target),
            doneKey));
    return "intake/matter";
  }

  private AccessTarget target(UUID id) {
    return work.target(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** The letter's language as asked for, else Swedish on Swedish pages and Finnish otherwise. */
  private static NoticeLanguage language(String param, Model model) {
    if (param != null) {
      try {
        return NoticeLanguage.valueOf(param.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // an unknown language falls back to the page's
      }
    }
    return model.getAttribute("ctx") instanceof PageContext ctx && ctx.lang() == UiLanguage.SV
        ? NoticeLanguage.SV
        : NoticeLanguage.FI;
  }

  private IntakeFormPage registrationPage(MatterKind kind, String form, SubmissionForm typed, List<FieldProblem> problems) {
    return new IntakeFormPage(
        kind,
        "/employee/intake/register/" + form,
        typed,
        IntakeFormPage.byInput(problems),
        organisation.municipalities(organisation.currentCounty().id()),
        true,
        false,
        organisation.currentCounty().socialEmergencyPhone());
  }

  private static MatterKind formKind(String form) {
    MatterKind kind = CitizenIntakeController.FORMS.get(form);
    if (kind == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return kind;
  }

  private static Optional<MatterKind> kindParam(String kind) {
    if (kind == null || kind.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MatterKind.valueOf(kind.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
