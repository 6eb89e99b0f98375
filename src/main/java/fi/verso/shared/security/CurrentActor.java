package fi.verso.shared.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, from the security context. */
public final class CurrentActor {
  private CurrentActor() {}

  public static Actor get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof EmployeePrincipal p) {
      return p.actor();
    }
    return Actor.ANONYMOUS;
  }
}
