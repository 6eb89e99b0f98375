package fi.verso.client;

import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.AccessDeniedForAction;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.web.PageContextFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused child's record is not a dead end: the 403 page says why (no relationship to the child) and offers
 * to open the records with a stated reason, to those who may. The denial itself is already in the access log.
 * Covers the pages of a child's records in this module and the assessment module.
 */
@ControllerAdvice(basePackages = {"fi.verso.client", "fi.verso.assessment"})
public class ChildRecordsDenied {
  private static final Set<Action> CHILD_RECORDS =
      Set.of(Action.CHILD_RECORDS_VIEW, Action.CHILD_RECORDS_WRITE, Action.CLIENT_RELATIONSHIP_MANAGE);

  private final PageContextFactory contexts;
  private final AccessControl access;

  ChildRecordsDenied(PageContextFactory contexts, AccessControl access) {
    this.contexts = contexts;
    this.access = access;
  }

  @ExceptionHandler(AccessDeniedForAction.class)
  ModelAndView denied(AccessDeniedForAction e, HttpServletRequest request, HttpServletResponse response) {
    if (!CHILD_RECORDS.contains(e.action())) {
      throw e;
    }
    Optional<UUID> child = childId(request);
    boolean mayOpen =
        child.isPresent()
            && e.action() == Action.CHILD_RECORDS_VIEW
            && access.isPermitted(CurrentActor.get(), Action.CHILD_RECORDS_OPEN_WITH_REASON);
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return new ModelAndView(
        "client/no-access",
        Map.of("ctx", contexts.create(request), "page", new NoAccessPage(child.map(UUID::toString).orElse(""), mayOpen, e.action())),
        HttpStatus.FORBIDDEN);
  }

  private static Optional<UUID> childId(HttpServletRequest request) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
        && vars.get("childId") instanceof String id) {
      try {
        return Optional.of(UUID.fromString(id));
      } catch (IllegalArgumentException ex) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public record NoAccessPage(String childId, boolean mayOpen, Action action) {}
}
