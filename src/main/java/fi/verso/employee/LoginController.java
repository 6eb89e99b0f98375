package fi.verso.employee;

import fi.verso.shared.security.Action;
import fi.verso.shared.security.LoginEvents;
import fi.verso.shared.security.RequiresAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {

  /** The sign-in form; after a failed attempt the username is shown again. */
  @GetMapping("/login")
  @RequiresAction(Action.LOGIN)
  String login(
      @RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "logout", required = false) String logout,
      HttpServletRequest request,
      Model model) {
    HttpSession session = request.getSession(false);
    String username = "";
    if (session != null && session.getAttribute(LoginEvents.LAST_USERNAME) instanceof String last) {
      username = last;
      session.removeAttribute(LoginEvents.LAST_USERNAME);
    }
    String errorKey =
        error == null ? null : "throttled".equals(error) ? "login.error.throttled" : "login.error.failed";
    model.addAttribute("page", new LoginPage(username, errorKey, logout != null));
    return "employee/login";
  }

  public record LoginPage(String username, String errorKey, boolean loggedOut) {}
}
