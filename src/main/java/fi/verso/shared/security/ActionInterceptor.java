package fi.verso.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the declared action before any handler runs. A handler without a declared action is refused
 * outright (and a test fails before it could ship).
 */
@Component
public class ActionInterceptor implements HandlerInterceptor {
  public static final String ACTION_ATTRIBUTE = ActionInterceptor.class.getName() + ".action";
  private final AccessControl access;

  public ActionInterceptor(AccessControl access) {
    this.access = access;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true; // static resources
    }
    RequiresAction declared = method.getMethodAnnotation(RequiresAction.class);
    if (declared == null) {
      if (isFrameworkHandler(method)) {
        return true;
      }
      throw new IllegalStateException("No action declared on " + method.getShortLogMessage());
    }
    Action action = declared.value();
    request.setAttribute(ACTION_ATTRIBUTE, action);
    Actor actor = CurrentActor.get();
    if (!access.couldBePermitted(actor, action)) {
      access.require(actor, action); // records the denial and throws
    }
    return true;
  }

  /** Spring Boot's own endpoints (error page, OpenAPI) are not ours to annotate. */
  static boolean isFrameworkHandler(HandlerMethod method) {
    String pkg = method.getBeanType().getPackageName();
    return !pkg.startsWith("fi.verso");
  }
}
