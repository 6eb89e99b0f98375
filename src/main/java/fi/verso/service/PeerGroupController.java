package fi.verso.service;

import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Peer groups: the list and a new group, a group with its facilitators, participants and sessions, and a
 * session's attendance. Facilitator-only steps are checked by {@link PeerGroups} itself.
 */
@Controller
public class PeerGroupController {
  private static final String BASE = "/employee/peer-groups";
  /** Attendance inputs are named by participant: {@code mark-<participant id>}. */
  static final String MARK = "mark-";

  static final Set<String> DONE = Set.of("created", "facilitator", "participant", "session", "attendance");

  private final PeerGroups groups;

  PeerGroupController(PeerGroups groups) {
    this.groups = groups;
  }

  public record ListPage(List<PeerGroups.GroupRow> groups, PeerGroupForms.Group form, Map<String, FieldProblem> problems) {
    public FieldProblem problem(String input) {
      return problems.get(input);
    }
  }

  public record GroupPage(
      PeerGroups.Group group,
      PeerGroupForms.Facilitator facilitator,
      PeerGroupForms.Participant participant,
      PeerGroupForms.Session session,
      Map<String, FieldProblem> problems,
      Optional<String> doneKey) {

    public FieldProblem problem(String input) {
      return problems.get(input);
    }

    public String action(String what) {
      return BASE + "/" + group.id() + "/" + what;
    }

    public List<ParticipantRole> roles() {
      return List.of(ParticipantRole.values());
    }
  }

  public record SessionPage(
      PeerGroups.Attendance attendance, Map<UUID, String> typed, Map<String, FieldProblem> problems, Optional<String> doneKey) {

    public FieldProblem problem(String input) {
      return problems.get(input);
    }

    public String mark(UUID participant) {
      return typed.isEmpty() ? attendance.mark(participant) : typed.getOrDefault(participant, "");
    }

    public String inputName(UUID participant) {
      return MARK + participant;
    }
  }

  @GetMapping(BASE)
  @RequiresAction(Action.PEER_GROUP_MANAGE)
  String list(Model model) {
    Actor.Employee actor = me();
    model.addAttribute("page", new ListPage(groups.list(actor), PeerGroupForms.Group.empty(), Map.of()));
    return "service/peer-groups";
  }

  @PostMapping(BASE)
  @RequiresAction(Action.PEER_GROUP_MANAGE)
  String create(@ModelAttribute PeerGroupForms.Group form, HttpServletResponse response, Model model) {
    Actor.Employee actor = me();
    return switch (groups.create(actor, form)) {
      case Outcome.Done done -> "redirect:" + BASE + "/" + done.id() + "?done=created";
      case Outcome.Refused refused -> {
        response.setStatus(422);
        model.addAttribute("page", new ListPage(groups.list(actor), form, ServiceFormat.byInput(refused.problems())));
        yield "service/peer-groups";
      }
    };
  }

  @GetMapping(BASE + "/{groupId}")
  @RequiresAction(Action.PEER_GROUP_MANAGE)
  String group(@PathVariable UUID groupId, @RequestParam(name = "done", required = false) String done, Model model) {
    Optional<String> doneKey = Optional.ofNullable(done).filter(DONE::contains).map(d -> "service.group.done." + d);
    return showGroup(me(), groupId, null, null, null, List.of(), doneKey, model);
  }

  @PostMapping(BASE + "/{groupId}/facilitators")
  @RequiresAction(Action.PEER_GROUP_MANAGE)
  String facilitator(
      @PathVariable UUID groupId, @ModelAttribute PeerGroupForms.Facilitator form, HttpServletResponse response, Model model) {
    Actor.Employee actor = me();
    return groupOutcome(groups.addFacilitator(actor, groupId, form), "facilitator", actor, groupId, form, null, null, response, model);
  }

  @PostMapping(BASE + "/{groupId}/participants")
  @RequiresAction(Action.PEER_GROUP_MANAGE)
  String participant(
      @PathVariable UUID groupId, @ModelAttribute PeerGroupForms.Participant form, HttpServletResponse response, Model model) {
    Actor.Employee actor = me();
    return groupOutcome(groups.addParticipant(actor, groupId, form), "participant", actor, groupId, null, form, null, response, model);
  }

  @PostMapping(BASE + "/{groupId}/sessions")
  @RequiresAction(Action.PEER_GROUP_MANAGE)
  String session(
      @PathVariable UUID groupId, @ModelAttribute PeerGroupForms.Session form, HttpServletResponse response, Model model) {
    Actor.Employee actor = me();
    return groupOutcome(groups.addSession(actor, groupId, form), "session", actor, groupId, null, null, form, response, model);
  }

  @GetMapping(BASE + "/{groupId}/sessions/{sessionId}")
  @RequiresAction(Action.PEER_GROUP_MANAGE)
  String attendance(
      @PathVariable UUID groupId,
      @PathVariable UUID sessionId,
      @RequestParam(name = "done", required = false) String done,
      Model model) {
    Optional<String> doneKey = Optional.ofNullable(done).filter(DONE::contains).map(d -> "service.group.done." + d);
    return showSession(me(), groupId, sessionId, Map.of(), List.of(), doneKey, model);
  }

  @PostMapping(BASE + "/{groupId}/sessions/{sessionId}")
  @RequiresAction(Action.PEER_GROUP_MANAGE)
  String recordAttendance(
      @PathVariable UUID groupId,
      @PathVariable UUID sessionId,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletResponse response,
      Model model) {
    Actor.Employee actor = me();
    Map<UUID, String> typed = new HashMap<>();
    params.forEach(
        (name, values) -> {
          if (name.startsWith(MARK) && !values.isEmpty()) {
            try {
              typed.put(UUID.fromString(name.substring(MARK.length())), values.getFirst());
            } catch (IllegalArgumentException e) {
              // Not one of ours: ignored, as an unknown form field would be.
            }
          }
        });
    return switch (groups.recordAttendance(actor, groupId, sessionId, typed)) {
      case Outcome.Done done -> "redirect:" + BASE + "/" + groupId + "/sessions/" + sessionId + "?done=attendance";
      case Outcome.Refused refused -> {
        response.setStatus(422);
        yield showSession(actor, groupId, sessionId, typed, refused.problems(), Optional.empty(), model);
      }
    };
  }

  private String groupOutcome(
      Outcome outcome,
      String done,
      Actor.Employee actor,
      UUID groupId,
      PeerGroupForms.Facilitator facilitator,
      PeerGroupForms.Participant participant,
      PeerGroupForms.Session session,
      HttpServletResponse response,
      Model model) {
    return switch (outcome) {
      case Outcome.Done d -> "redirect:" + BASE + "/" + groupId + "?done=" + done;
      case Outcome.Refused refused -> {
        response.setStatus(422);
        yield showGroup(actor, groupId, facilitator, participant, session, refused.problems(), Optional.empty(), model);
      }
    };
  }

  private String showGroup(
      Actor.Employee actor,
      UUID groupId,
      PeerGroupForms.Facilitator facilitator,
      PeerGroupForms.Participant participant,
      PeerGroupForms.Session session,
      List<FieldProblem> problems,
      Optional<String> doneKey,
      Model model) {
    PeerGroups.Group group = groups.group(actor, groupId).orElseThrow(NotFound::new);
    model.addAttribute(
        "page",
        new GroupPage(
            group,
            facilitator != null ? facilitator : PeerGroupForms.Facilitator.empty(),
            participant != null ? participant : PeerGroupForms.Participant.empty(),
            session != null ? session : PeerGroupForms.Session.empty(),
            ServiceFormat.byInput(problems),
            doneKey));
    return "service/peer-group";
  }

  private String showSession(
      Actor.Employee actor,
      UUID groupId,
      UUID sessionId,
      Map<UUID, String> typed,
      List<FieldProblem> problems,
      Optional<String> doneKey,
      Model model) {
    PeerGroups.Attendance attendance = groups.attendance(actor, groupId, sessionId).orElseThrow(NotFound::new);
    model.addAttribute("page", new SessionPage(attendance, typed, ServiceFormat.byInput(problems), doneKey));
    return "service/peer-group-session";
  }

  private static Actor.Employee me() {
    return CurrentActor.get().asEmployee().orElseThrow();
  }
}
