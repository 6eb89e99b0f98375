package fi.verso.intake;

import fi.verso.shared.web.FieldProblem;
import fi.verso.organisation.Organisation;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizens' and reporters' forms (no sign-in). Each form carries a submission key created when the
 * form is shown, so sending the same form twice stores one matter; the acknowledgement is shown only after
 * the matter is committed.
 */
@Controller
public class CitizenIntakeController {
  static final Map<String, MatterKind> FORMS =
      Map.of(
          "notification", MatterKind.CHILD_WELFARE_NOTIFICATION,
          "prenatal-notification", MatterKind.PRENATAL_NOTIFICATION,
          "contact-request", MatterKind.CONTACT_REQUEST,
          "family-work-application", MatterKind.FAMILY_WORK_APPLICATION);

  private final Intake intake;
  private final Organisation organisation;
  private final SubmissionRateLimit rateLimit;

  CitizenIntakeController(Intake intake, Organisation organisation, SubmissionRateLimit rateLimit) {
    this.intake = intake;
    this.organisation = organisation;
    this.rateLimit = rateLimit;
  }

  @GetMapping("/citizen/{form}")
  @RequiresAction(Action.INTAKE_SUBMIT)
  String form(@PathVariable String form, Model model) {
    MatterKind kind = kindOf(form);
    SubmissionForm empty =
        kind == MatterKind.PRENATAL_NOTIFICATION
            ? SubmissionForm.emptyWithReporter(UUID.randomUUID().toString(), ReporterType.MANDATED_REPORTER)
            : kind == MatterKind.FAMILY_WORK_APPLICATION
                ? SubmissionForm.emptyWithReporter(UUID.randomUUID().toString(), ReporterType.GUARDIAN)
                : SubmissionForm.empty(UUID.randomUUID().toString());
    model.addAttribute("page", page(kind, form, empty, List.of(), false));
    return "intake/form";
  }

  @PostMapping("/citizen/{form}")
  @RequiresAction(Action.INTAKE_SUBMIT)
  String submit(
      @PathVariable String form,
      @ModelAttribute SubmissionForm typed,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    MatterKind kind = kindOf(form);
    if (typed.isBot()) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
    }
    UUID key = submissionKey(typed.submissionKey());
    if (key == null) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
    }
    if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
      response.setStatus(429);
      model.addAttribute("page", page(kind, form, typed, List.of(), true));
      return "intake/form";
    }
    List<FieldProblem> parseProblems = new ArrayList<>();
    IntakeSubmission submission = typed.toSubmission(kind, Channel.ELECTRONIC, false, parseProblems);
    Intake.Outcome outcome =
        parseProblems.isEmpty()
            ? intake.receive(submission, key, CurrentActor.get())
            : new Intake.Outcome.Invalid(intake.withRuleProblems(parseProblems, submission));
    return switch (outcome) {
      case Intake.Outcome.Received r -> "redirect:/citizen/received/" + r.matter().receiptToken();
      case Intake.Outcome.Invalid invalid -> {
        response.setStatus(422);
        model.addAttribute("page", page(kind, form, typed, invalid.problems(), false));
        yield "intake/form";
      }
    };
  }

  @GetMapping("/citizen/received/{token}")
  @RequiresAction(Action.INTAKE_SUBMIT)
  String received(@PathVariable String token, Model model) {
    ReceivedMatter matter =
        intake.byReceiptToken(token).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    model.addAttribute("page", new ReceiptPage(matter));
    return "intake/received";
  }

  public record ReceiptPage(ReceivedMatter matter) {}

  private IntakeFormPage page(MatterKind kind, String form, SubmissionForm typed, List<FieldProblem> problems, boolean limited) {
    return new IntakeFormPage(
        kind,
        "/citizen/" + form,
        typed,
        IntakeFormPage.byInput(problems),
        organisation.municipalities(organisation.currentCounty().id()),
        false,
        limited,
        organisation.currentCounty().socialEmergencyPhone());
  }

  private static MatterKind kindOf(String form) {
    MatterKind kind = FORMS.get(form);
    if (kind == null) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    return kind;
  }

  static UUID submissionKey(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
