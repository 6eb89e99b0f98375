package fi.verso.shared.security;

import org.springframework.security.access.AccessDeniedException;

/** Thrown when an actor is not permitted an action; rendered as a 403 page in the user's language. */
public class AccessDeniedForAction extends AccessDeniedException {
  private final Action action;

  public AccessDeniedForAction(Action action) {
    super("Not permitted: " + action.name());
    this.action = action;
  }

  public Action action() {
    return action;
  }
}
