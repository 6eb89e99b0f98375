package fi.verso.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Writes logins to the access log and sends the employee to their landing page. */
@Component
public class LoginEvents implements AuthenticationSuccessHandler, AuthenticationFailureHandler {
  public static final String LAST_USERNAME = "verso.lastUsername";
  private final SecurityEventRecorder recorder;

  LoginEvents(SecurityEventRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    Actor actor =
        authentication.getPrincipal() instanceof EmployeePrincipal p ? p.actor() : Actor.ANONYMOUS;
    recorder.record(actor, Action.LOGIN, SecurityEventRecorder.Outcome.PERMITTED, AccessTarget.of("session", ""));
    response.sendRedirect(request.getContextPath() + "/employee");
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    // The typed username is not logged: it may be someone's password typed in the wrong field.
    recorder.record(Actor.ANONYMOUS, Action.LOGIN, SecurityEventRecorder.Outcome.FAILED, AccessTarget.of("session", ""));
    String reason = exception instanceof LockedException ? "throttled" : "failed";
    // Kept for the login page to show again, so the person only retypes the password.
    String username = request.getParameter("username");
    if (username != null && username.length() <= 200) {
      request.getSession().setAttribute(LAST_USERNAME, username);
    }
    response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
  }
}
