package fi.verso.employee;

import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import fi.verso.shared.security.Role;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where an employee lands after signing in: the work of their role(s). */
@Controller
public class EmployeeHomeController {

  @GetMapping("/employee")
  @RequiresAction(Action.EMPLOYEE_HOME_VIEW)
  String home(Model model) {
    Actor.Employee me = CurrentActor.get().asEmployee().orElseThrow();
    List<Role> roles = me.roles().stream().sorted().toList();
    model.addAttribute("page", new HomePage(me.displayName(), roles));
    return "employee/home";
  }

  public record HomePage(String displayName, List<Role> roles) {}
}
