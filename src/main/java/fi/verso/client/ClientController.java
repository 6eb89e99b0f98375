package fi.verso.client;

import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The child's client page and the changes to a client relationship made from it. */
@Controller
public class ClientController {
  static final String DONE_FLASH = "clientDone";
  private final Clients clients;
  private final AccessControl access;
  private final java.time.Clock clock;

  ClientController(Clients clients, AccessControl access, java.time.Clock clock) {
    this.clients = clients;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/employee/children/{childId}")
  @RequiresAction(Action.CHILD_RECORDS_VIEW)
  String child(@PathVariable UUID childId, Model model) {
    Actor.Employee me = me();
    access.require(me, Action.CHILD_RECORDS_VIEW, RecordAccess.childTarget(childId));
    String done = model.getAttribute(DONE_FLASH) instanceof String s ? s : null;
    return childPage(me, childId, FormState.NONE, done, model);
  }

  @PostMapping("/employee/children/{childId}/relationships/{id}/informed")
  @RequiresAction(Action.CLIENT_RELATIONSHIP_MANAGE)
  String informed(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String informedOn,
      @RequestParam(defaultValue = "") String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Actor.Employee me = me();
    access.require(me, Action.CLIENT_RELATIONSHIP_MANAGE, target(childId, id));
    Clients.Outcome outcome =
        clients.recordInformed(me, me.countyId(), childId, id, new RelationshipForms.Informed(informedOn, version));
    return after(outcome, me, childId, id, "informed", Map.of("informedOn", informedOn), "client.done.informed", model, response, redirect);
  }

  @PostMapping("/employee/children/{childId}/relationships/{id}/family")
  @RequiresAction(Action.CHILD_RECORDS_WRITE)
  String addFamilyMember(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String familyName,
      @RequestParam(defaultValue = "") String familyRole,
      @RequestParam(defaultValue = "") String familyRoleDescription,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Actor.Employee me = me();
    access.require(me, Action.CHILD_RECORDS_WRITE, target(childId, id));
    Clients.Outcome outcome =
        clients.addFamilyMember(
            me, me.countyId(), childId, id, new RelationshipForms.FamilyMember(familyName, familyRole, familyRoleDescription));
    Map<String, String> typed =
        formValues("familyName", familyName, "familyRole", familyRole, "familyRoleDescription", familyRoleDescription);
    return after(outcome, me, childId, id, "family", typed, "client.done.familyAdded", model, response, redirect);
  }

  @PostMapping("/employee/children/{childId}/relationships/{id}/family/{memberId}/remove")
  @RequiresAction(Action.CHILD_RECORDS_WRITE)
  String removeFamilyMember(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @PathVariable UUID memberId,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Actor.Employee me = me();
    access.require(me, Action.CHILD_RECORDS_WRITE, target(childId, id));
    Clients.Outcome outcome = clients.removeFamilyMember(me, me.countyId(), childId, id, memberId);
    return after(outcome, me, childId, id, "family", Map.of(), "client.done.familyRemoved", model, response, redirect);
  }

  @GetMapping("/employee/children/{childId}/relationships/{id}/transfer")
  @RequiresAction(Action.CLIENT_RELATIONSHIP_MANAGE)
  String transferForm(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
    Actor.Employee me = me();
    access.require(me, Action.CLIENT_RELATIONSHIP_MANAGE, target(childId, id));
    Clients.NamedRelationship r = relationship(me, childId, id);
    Map<String, String> values =
        formValues(
            "responsibleWorker", "",
            "workPair", r.relationship().workPairId().map(UUID::toString).orElse(""),
            "from", DateInput.iso(today()),
            "version", String.valueOf(r.relationship().version()));
    return transferPage(me, childId, r, new FormState("transfer", id, List.of(), values, false), model);
  }

  @PostMapping("/employee/children/{childId}/relationships/{id}/transfer")
  @RequiresAction(Action.CLIENT_RELATIONSHIP_MANAGE)
  String transfer(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String responsibleWorker,
      @RequestParam(defaultValue = "") String workPair,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Actor.Employee me = me();
    access.require(me, Action.CLIENT_RELATIONSHIP_MANAGE, target(childId, id));
    Clients.Outcome outcome =
        clients.transfer(me, me.countyId(), childId, id, new RelationshipForms.Transfer(responsibleWorker, workPair, from, version));
    Map<String, String> typed =
        formValues("responsibleWorker", responsibleWorker, "workPair", workPair, "from", from, "version", version);
    return afterOwnPage(
        outcome, me, childId, id, "transfer", typed, "client.done.transferred", (r, form) -> transferPage(me, childId, r, form, model),
        response, redirect);
  }

  @GetMapping("/employee/children/{childId}/relationships/{id}/end")
  @RequiresAction(Action.CLIENT_RELATIONSHIP_MANAGE)
  String endForm(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
    Actor.Employee me = me();
    access.require(me, Action.CLIENT_RELATIONSHIP_MANAGE, target(childId, id));
    Clients.NamedRelationship r = relationship(me, childId, id);
    Map<String, String> values =
        formValues(
            "endedOn", DateInput.iso(today()), "endReason", "", "endNote", "", "version", String.valueOf(r.relationship().version()));
    return endPage(me, childId, r, new FormState("end", id, List.of(), values, false), model);
  }

  @PostMapping("/employee/children/{childId}/relationships/{id}/end")
  @RequiresAction(Action.CLIENT_RELATIONSHIP_MANAGE)
  String end(
      @PathVariable UUID childId,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String endedOn,
      @RequestParam(defaultValue = "") String endReason,
      @RequestParam(defaultValue = "") String endNote,
      @RequestParam(defaultValue = "") String endNoticeOn,
      @RequestParam(defaultValue = "") String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Actor.Employee me = me();
    access.require(me, Action.CLIENT_RELATIONSHIP_MANAGE, target(childId, id));
    Clients.Outcome outcome =
        clients.end(
            me, me.countyId(), childId, id, new RelationshipForms.End(endedOn, endReason, endNote, endNoticeOn, version));
    Map<String, String> typed =
        formValues("endedOn", endedOn, "endReason", endReason, "endNote", endNote, "endNoticeOn", endNoticeOn, "version", version);
    return afterOwnPage(
        outcome, me, childId, id, "end", typed, "client.done.ended", (r, form) -> endPage(me, childId, r, form, model), response, redirect);
  }

  private String after(
      Clients.Outcome outcome,
      Actor.Employee me,
      UUID childId,
      UUID id,
      String form,
      Map<String, String> typed,
      String doneKey,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return switch (outcome) {
      case Clients.Outcome.Done d -> done(redirect, childId, id, doneKey);
      case Clients.Outcome.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      case Clients.Outcome.Invalid invalid -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        yield childPage(me, childId, new FormState(form, id, invalid.problems(), typed, false), null, model);
      }
      case Clients.Outcome.Stale s -> {
        response.setStatus(HttpStatus.CONFLICT.value());
        yield childPage(me, childId, new FormState(form, id, List.of(), typed, true), null, model);
      }
    };
  }

  /**
   * Like {@link #after} for the forms on their own page. A stale form is shown with the current version, so
   * that saving again after reading the other change succeeds.
   */
  private String afterOwnPage(
      Clients.Outcome outcome,
      Actor.Employee me,
      UUID childId,
      UUID id,
      String form,
      Map<String, String> typed,
      String doneKey,
      BiFunction<Clients.NamedRelationship, FormState, String> page,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return switch (outcome) {
      case Clients.Outcome.Done d -> done(redirect, childId, id, doneKey);
      case Clients.Outcome.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      case Clients.Outcome.Invalid invalid -> {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        yield page.apply(relationship(me, childId, id), new FormState(form, id, invalid.problems(), typed, false));
      }
      case Clients.Outcome.Stale s -> {
        response.setStatus(HttpStatus.CONFLICT.value());
        Clients.NamedRelationship now = relationship(me, childId, id);
        typed.put("version", String.valueOf(now.relationship().version()));
        yield page.apply(now, new FormState(form, id, List.of(), typed, true));
      }
    };
  }

  /** A form's values by field name, in the order given: name, value, name, value... */
  private static Map<String, String> formValues(String... namesAndValues) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      typed.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return typed;
  }

  private String childPage(Actor.Employee me, UUID childId, FormState form, String done, Model model) {
    ChildRecords records =
        clients.childRecords(me, me.countyId(), childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    AccessTarget child = RecordAccess.childTarget(childId);
    model.addAttribute(
        "page",
        new ChildPage(
            records,
            today(),
            access.isPermitted(me, Action.CLIENT_RELATIONSHIP_MANAGE, child),
            access.isPermitted(me, Action.CHILD_RECORDS_WRITE, child),
            Optional.ofNullable(done),
            form));
    return "client/child";
  }

  private String transferPage(Actor.Employee me, UUID childId, Clients.NamedRelationship r, FormState form, Model model) {
    List<UUID> team = List.of(r.relationship().teamId());
    model.addAttribute(
        "page",
        new TransferPage(
            childId,
            r.childName(),
            r.relationship(),
            clients.socialWorkers(me.countyId(), team, today()),
            clients.teamMembers(me.countyId(), team),
            form));
    return "client/transfer";
  }

  private String endPage(Actor.Employee me, UUID childId, Clients.NamedRelationship r, FormState form, Model model) {
    model.addAttribute("page", new EndPage(childId, r.childName(), r.relationship(), form));
    return "client/end";
  }

  private Clients.NamedRelationship relationship(Actor.Employee me, UUID childId, UUID id) {
    return clients.relationship(me, me.countyId(), childId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static String done(RedirectAttributes redirect, UUID childId, UUID relationshipId, String key) {
    redirect.addFlashAttribute(DONE_FLASH, key);
    return "redirect:/employee/children/" + childId + "#relationship-" + relationshipId;
  }

  private LocalDate today() {
    return fi.verso.calendar.HelsinkiTime.dateOf(clock.instant());
  }

  private static Actor.Employee me() {
    return CurrentActor.get().asEmployee().orElseThrow();
  }

  static AccessTarget target(UUID childId, UUID relationshipId) {
    return AccessTarget.of("client_relationship", relationshipId).concerningChildren(List.of(childId));
  }

  public record ChildPage(
      ChildRecords records, LocalDate today, boolean mayManage, boolean mayWrite, Optional<String> done, FormState form) {

    public Optional<Integer> age() {
      return records.child().birthDate().map(b -> Period.between(b, today).getYears());
    }

    public FieldProblem problem(String name, UUID relationship, String field) {
      return form.problem(name, relationship, field);
    }

    public Map<String, FieldProblem> problems() {
      Map<String, FieldProblem> byField = new LinkedHashMap<>();
      form.problems().forEach(p -> byField.putIfAbsent(p.field(), p));
      return byField;
    }
  }

  public record TransferPage(
      UUID childId,
      String childName,
      ChildRecords.Relationship relationship,
      List<WorkerLoad> workers,
      List<Clients.TeamMember> members,
      FormState form) {}

  public record EndPage(UUID childId, String childName, ChildRecords.Relationship relationship, FormState form) {
    public List<EndReason> reasons() {
      return List.of(EndReason.values());
    }
  }
}
