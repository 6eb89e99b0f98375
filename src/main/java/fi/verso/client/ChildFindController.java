package fi.verso.client;

import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finding a child without opening the records, and opening them with a stated reason. The search is a POST:
 * a henkilötunnus must not end up in addresses, browser history or server logs.
 */
@Controller
public class ChildFindController {
  private final RecordAccess records;
  private final AccessControl access;

  ChildFindController(RecordAccess records, AccessControl access) {
    this.records = records;
    this.access = access;
  }

  @GetMapping("/employee/children/find")
  @RequiresAction(Action.CHILD_FIND)
  String findForm(Model model) {
    model.addAttribute("page", new FindPage(RecordAccess.FindForm.empty(), List.of(), Optional.empty()));
    return "client/find";
  }

  @PostMapping("/employee/children/find")
  @RequiresAction(Action.CHILD_FIND)
  String find(
      @RequestParam(defaultValue = "") String pic,
      @RequestParam(defaultValue = "") String firstName,
      @RequestParam(defaultValue = "") String lastName,
      @RequestParam(defaultValue = "") String birthDate,
      Model model,
      HttpServletResponse response) {
    Actor.Employee me = me();
    RecordAccess.FindForm form = new RecordAccess.FindForm(pic, firstName, lastName, birthDate);
    switch (records.find(me, form)) {
      case RecordAccess.FindOutcome.Found found ->
          model.addAttribute("page", new FindPage(form, List.of(), Optional.of(found.children())));
      case RecordAccess.FindOutcome.Invalid invalid -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new FindPage(form, invalid.problems(), Optional.empty()));
      }
    }
    return "client/find";
  }

  @GetMapping("/employee/children/{childId}/open")
  @RequiresAction(Action.CHILD_RECORDS_OPEN_WITH_REASON)
  String openForm(@PathVariable UUID childId, Model model) {
    Actor.Employee me = me();
    RecordAccess.FoundChild child = known(me, childId);
    if (access.isPermitted(me, Action.CHILD_RECORDS_VIEW, RecordAccess.childTarget(childId))) {
      return "redirect:/employee/children/" + childId;
    }
    model.addAttribute("page", new OpenPage(child, "", List.of()));
    return "client/open";
  }

  @PostMapping("/employee/children/{childId}/open")
  @RequiresAction(Action.CHILD_RECORDS_OPEN_WITH_REASON)
  String open(@PathVariable UUID childId, @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
    Actor.Employee me = me();
    RecordAccess.FoundChild child = known(me, childId);
    List<FieldProblem> problems = records.openWithReason(me, childId, reason);
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("page", new OpenPage(child, reason, problems));
      return "client/open";
    }
    return "redirect:/employee/children/" + childId;
  }

  private RecordAccess.FoundChild known(Actor.Employee me, UUID childId) {
    return records.known(me, childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Actor.Employee me() {
    return CurrentActor.get().asEmployee().orElseThrow();
  }

  /** {@code results} is empty before a search; a search that found nothing gives an empty list. */
  public record FindPage(RecordAccess.FindForm form, List<FieldProblem> problems, Optional<List<RecordAccess.FoundChild>> results) {
    public FieldProblem problem(String field) {
      return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
    }

    public Map<String, FieldProblem> problemsByField() {
      Map<String, FieldProblem> byField = new LinkedHashMap<>();
      problems.forEach(p -> byField.putIfAbsent(p.field(), p));
      return byField;
    }
  }

  public record OpenPage(RecordAccess.FoundChild child, String reason, List<FieldProblem> problems) {
    public FieldProblem problem() {
      return problems.isEmpty() ? null : problems.getFirst();
    }

    public long validityHours() {
      return RecordAccess.VALIDITY.toHours();
    }
  }
}
