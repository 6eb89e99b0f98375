package fi.verso.casenote;

import fi.verso.shared.i18n.I18nConfig;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's case notes: the entries, a new entry and a correction. Entries are never edited. */
@Controller
@RequestMapping("/employee/children/{childId}/notes")
public class CaseNoteController {
  static final String RECORDED_FLASH = "caseNoteRecorded";
  private final CaseNotes caseNotes;
  private final AccessControl access;

  CaseNoteController(CaseNotes caseNotes, AccessControl access) {
    this.caseNotes = caseNotes;
    this.access = access;
  }

  @GetMapping
  @RequiresAction(Action.CHILD_RECORDS_VIEW)
  String notes(@PathVariable UUID childId, HttpServletRequest request, Model model) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.CHILD_RECORDS_VIEW, child(childId));
    Actor.Employee me = actor.asEmployee().orElseThrow();
    CaseNotes.ChildNotes notes = caseNotes.forChild(me, childId).orElseThrow(CaseNoteController::notFound);
    UiLanguage lang = I18nConfig.current(request);
    Optional<UUID> recorded =
        model.getAttribute(RECORDED_FLASH) instanceof UUID id ? Optional.of(id) : Optional.empty();
    model.addAttribute(
        "page",
        new NotesPage(
            childId,
            notes.childName(),
            notes.notes().stream().map(n -> NoteRow.of(n, lang)).toList(),
            access.isPermitted(actor, Action.CHILD_RECORDS_WRITE, child(childId)),
            recorded));
    return "casenote/notes";
  }

  @GetMapping("/new")
  @RequiresAction(Action.CHILD_RECORDS_WRITE)
  String newEntry(@PathVariable UUID childId, Model model) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.CHILD_RECORDS_WRITE, child(childId));
    Actor.Employee me = actor.asEmployee().orElseThrow();
    String name = caseNotes.childForNewEntry(me, childId).orElseThrow(CaseNoteController::notFound);
    model.addAttribute(
        "page", FormPage.of(childId, name, CaseNoteForm.blank(), List.of(), Optional.empty()));
    return "casenote/form";
  }

  @PostMapping("/new")
  @RequiresAction(Action.CHILD_RECORDS_WRITE)
  String record(
      @PathVariable UUID childId,
      @RequestParam Map<String, String> params,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.CHILD_RECORDS_WRITE, child(childId));
    Actor.Employee me = actor.asEmployee().orElseThrow();
    Map<String, String> values = new HashMap<>(params);
    values.remove("corrects"); // a correction is made only through the entry's own correction page
    CaseNoteForm form = CaseNoteForm.fromParameters(values);
    return outcome(me, childId, form, Optional::empty, response, model, redirect);
  }

  @GetMapping("/{noteId}/correct")
  @RequiresAction(Action.CHILD_RECORDS_WRITE)
  String correction(@PathVariable UUID childId, @PathVariable UUID noteId, HttpServletRequest request, Model model) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.CHILD_RECORDS_WRITE, child(childId));
    Actor.Employee me = actor.asEmployee().orElseThrow();
    CaseNotes.ChildNotes entry = caseNotes.entry(me, childId, noteId).orElseThrow(CaseNoteController::notFound);
    CaseNote original = entry.notes().getFirst();
    UiLanguage lang = I18nConfig.current(request);
    FormPage page =
        FormPage.of(
            childId, entry.childName(), CaseNoteForm.correcting(original), List.of(), Optional.of(NoteRow.of(original, lang)));
    // An entry is corrected once: say so before anything is typed, and lead to the correcting entry.
    model.addAttribute(
        "page", original.correctedBy().map(by -> page.alreadyCorrectedBy(by.id())).orElse(page));
    return "casenote/form";
  }

  @PostMapping("/{noteId}/correct")
  @RequiresAction(Action.CHILD_RECORDS_WRITE)
  String correct(
      @PathVariable UUID childId,
      @PathVariable UUID noteId,
      @RequestParam Map<String, String> params,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = CurrentActor.get();
    access.require(actor, Action.CHILD_RECORDS_WRITE, child(childId));
    Actor.Employee me = actor.asEmployee().orElseThrow();
    Map<String, String> values = new HashMap<>(params);
    values.put("corrects", noteId.toString());
    CaseNoteForm form = CaseNoteForm.fromParameters(values);
    UiLanguage lang = I18nConfig.current(request);
    // The original is read again only when the form comes back, so a saved correction logs one write.
    Supplier<Optional<NoteRow>> original =
        () ->
            Optional.of(
                NoteRow.of(
                    caseNotes.entry(me, childId, noteId).orElseThrow(CaseNoteController::notFound).notes().getFirst(),
                    lang));
    return outcome(me, childId, form, original, response, model, redirect);
  }

  private String outcome(
      Actor.Employee me,
      UUID childId,
      CaseNoteForm form,
      Supplier<Optional<NoteRow>> original,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    return switch (caseNotes.record(me, childId, form)) {
      case CaseNotes.Outcome.Recorded recorded -> {
        redirect.addFlashAttribute(RECORDED_FLASH, recorded.id());
        yield "redirect:/employee/children/" + childId + "/notes#note-" + recorded.id();
      }
      case CaseNotes.Outcome.Invalid invalid -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        String name = caseNotes.childForNewEntry(me, childId).orElseThrow(CaseNoteController::notFound);
        model.addAttribute("page", FormPage.of(childId, name, form, invalid.problems(), original.get()));
        yield "casenote/form";
      }
      case CaseNotes.Outcome.AlreadyCorrected already -> {
        // What was typed stays on the page; the worker can copy it into a correction of the latest entry.
        response.setStatus(HttpStatus.CONFLICT.value());
        String name = caseNotes.childForNewEntry(me, childId).orElseThrow(CaseNoteController::notFound);
        model.addAttribute(
            "page",
            FormPage.of(childId, name, form, List.of(), original.get()).alreadyCorrectedBy(already.correctedBy()));
        yield "casenote/form";
      }
      case CaseNotes.Outcome.NotFound notFound -> throw notFound();
    };
  }

  private static AccessTarget child(UUID childId) {
    return AccessTarget.of("child", childId).concerningChildren(List.of(childId));
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  /** An entry with its dates written out in the page's language. */
  public record NoteRow(
      CaseNote note, String contactAtText, String recordedAtText, String correctedByText, String correctsText) {
    static NoteRow of(CaseNote note, UiLanguage lang) {
      return new NoteRow(
          note,
          CaseNoteText.dateTime(note.contactAt(), lang),
          CaseNoteText.dateTime(note.recordedAt(), lang),
          note.correctedBy().map(r -> CaseNoteText.dateTime(r.recordedAt(), lang)).orElse(""),
          note.corrects().map(r -> CaseNoteText.dateTime(r.recordedAt(), lang)).orElse(""));
    }

    public String anchor() {
      return "note-" + note.id();
    }
  }

  public record NotesPage(
      UUID childId, String childName, List<NoteRow> notes, boolean mayWrite, Optional<UUID> recorded) {
    public String base() {
      return "/employee/children/" + childId;
    }
  }

  /**
   * The form of a new entry or, when {@code original} is present, of a correction of it. {@code
   * alreadyCorrectedBy} is set when the entry was corrected before this correction could be saved.
   */
  public record FormPage(
      UUID childId,
      String childName,
      CaseNoteForm form,
      List<FieldProblem> problems,
      Optional<NoteRow> original,
      Optional<UUID> alreadyCorrectedBy) {

    static FormPage of(
        UUID childId, String childName, CaseNoteForm form, List<FieldProblem> problems, Optional<NoteRow> original) {
      return new FormPage(childId, childName, form, problems, original, Optional.empty());
    }

    FormPage alreadyCorrectedBy(UUID id) {
      return new FormPage(childId, childName, form, problems, original, Optional.of(id));
    }

    public boolean isCorrection() {
      return original.isPresent();
    }

    public String base() {
      return "/employee/children/" + childId;
    }

    public String action() {
      return original
          .map(o -> base() + "/notes/" + o.note().id() + "/correct")
          .orElse(base() + "/notes/new");
    }

    public List<CaseNoteKind> kinds() {
      return List.of(CaseNoteKind.values());
    }

    public List<MetPersonally> metOptions() {
      return List.of(MetPersonally.values());
    }

    public FieldProblem problem(String field) {
      return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
    }
  }
}
