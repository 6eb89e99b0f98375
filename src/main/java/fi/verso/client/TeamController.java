package fi.verso.client;

import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team lead's pages: the caseload against the cap (with reassignment) and records opened with a reason. */
@Controller
public class TeamController {
  static final String MOVED_FLASH = "caseloadMoved";
  private final TeamCaseload caseload;
  private final RecordAccess records;
  private final Clients clients;
  private final AccessControl access;

  TeamController(TeamCaseload caseload, RecordAccess records, Clients clients, AccessControl access) {
    this.caseload = caseload;
    this.records = records;
    this.clients = clients;
    this.access = access;
  }

  @GetMapping("/employee/team/caseload")
  @RequiresAction(Action.TEAM_CASELOAD_VIEW)
  String caseload(Model model) {
    Actor.Employee me = me();
    String moved = model.getAttribute(MOVED_FLASH) instanceof String s ? s : null;
    model.addAttribute("page", new CaseloadPage(caseload.view(me), FormState.NONE, Optional.ofNullable(moved)));
    return "client/caseload";
  }

  /** Moves a child to another responsible worker from the caseload page; the cap is checked as anywhere. */
  @PostMapping("/employee/team/caseload/transfer")
  @RequiresAction(Action.CLIENT_RELATIONSHIP_MANAGE)
  String transfer(
      @RequestParam UUID childId,
      @RequestParam UUID relationshipId,
      @RequestParam(defaultValue = "") String responsibleWorker,
      @RequestParam(defaultValue = "") String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Actor.Employee me = me();
    access.require(me, Action.TEAM_CASELOAD_VIEW);
    access.require(me, Action.CLIENT_RELATIONSHIP_MANAGE, ClientController.target(childId, relationshipId));
    Clients.Outcome outcome =
        clients.transfer(
            me, me.countyId(), childId, relationshipId, new RelationshipForms.Transfer(responsibleWorker, null, "", version));
    Map<String, String> typed = Map.of("responsibleWorker", responsibleWorker);
    return switch (outcome) {
      case Clients.Outcome.Done d -> {
        redirect.addFlashAttribute(MOVED_FLASH, relationshipId.toString());
        yield "redirect:/employee/team/caseload#child-" + relationshipId;
      }
      case Clients.Outcome.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      case Clients.Outcome.Invalid invalid -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute(
            "page", new CaseloadPage(caseload.view(me), new FormState("move", relationshipId, invalid.problems(), typed, false), Optional.empty()));
        yield "client/caseload";
      }
      case Clients.Outcome.Stale s -> {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute(
            "page", new CaseloadPage(caseload.view(me), new FormState("move", relationshipId, List.of(), typed, true), Optional.empty()));
        yield "client/caseload";
      }
    };
  }

  @GetMapping("/employee/team/opened-records")
  @RequiresAction(Action.TEAM_CASELOAD_VIEW)
  String openedRecords(Model model) {
    Actor.Employee me = me();
    model.addAttribute("page", new OpenedRecordsPage(records.openedRecords(me), records.now()));
    return "client/opened-records";
  }

  private static Actor.Employee me() {
    return CurrentActor.get().asEmployee().orElseThrow();
  }

  public record CaseloadPage(TeamCaseload.View view, FormState form, Optional<String> moved) {
    public FieldProblem problem(UUID relationshipId) {
      return form.problem("move", relationshipId, "responsibleWorker");
    }

    public boolean staleFor(UUID relationshipId) {
      return form.stale() && form.is("move", relationshipId);
    }

    public String selected(UUID relationshipId) {
      return form.value("move", relationshipId, "responsibleWorker", "");
    }

    public boolean wasMoved(UUID relationshipId) {
      return moved.filter(m -> m.equals(relationshipId.toString())).isPresent();
    }
  }

  public record OpenedRecordsPage(List<RecordAccess.OpenedRecord> rows, Instant now) {}
}
