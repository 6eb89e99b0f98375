package fi.verso.worklist;

import fi.verso.plan.DateText;
import fi.verso.shared.i18n.I18nConfig;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.security.TeamRole;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A worker's own children, and a team lead's overdue items. */
@Controller
public class WorklistController {
  private final Worklist worklist;

  WorklistController(Worklist worklist) {
    this.worklist = worklist;
  }

  @GetMapping("/employee/my-children")
  @RequiresAction(Action.MY_CHILDREN_VIEW)
  String myChildren(HttpServletRequest request, Model model) {
    Actor.Employee me = CurrentActor.get().asEmployee().orElseThrow();
    model.addAttribute(
        "page", new MyChildrenPage(worklist.myChildren(me), new DateText(I18nConfig.current(request))));
    return "worklist/my-children";
  }

  @GetMapping("/employee/team/overdue")
  @RequiresAction(Action.TEAM_CASELOAD_VIEW)
  String teamOverdue(HttpServletRequest request, Model model) {
    Actor.Employee me = CurrentActor.get().asEmployee().orElseThrow();
    boolean leadsATeam = me.teams().containsValue(TeamRole.LEAD);
    model.addAttribute(
        "page",
        new TeamOverduePage(worklist.teamOverdue(me), leadsATeam, new DateText(I18nConfig.current(request))));
    return "worklist/team-overdue";
  }

  public record MyChildrenPage(List<ChildWork> children, DateText dates) {}

  public record TeamOverduePage(TeamOverdue overdue, boolean leadsATeam, DateText dates) {}
}
