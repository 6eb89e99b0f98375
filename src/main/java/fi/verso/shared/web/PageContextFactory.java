package fi.verso.shared.web;

import fi.verso.shared.i18n.I18nConfig;
import fi.verso.shared.i18n.Msg;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

@Component
public class PageContextFactory {
  private final MessageSource messages;
  private final AccessControl access;

  PageContextFactory(MessageSource messages, AccessControl access) {
    this.messages = messages;
    this.access = access;
  }

  public PageContext create(HttpServletRequest request) {
    UiLanguage lang = I18nConfig.current(request);
    Actor actor = CurrentActor.get();
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new PageContext(
        new Msg(messages, lang),
        lang,
        csrf,
        actor.asEmployee().map(Actor.Employee::displayName),
        access.permittedGlobalActions(actor),
        addressBarPath(request),
        Optional.ofNullable(addressBarQuery(request)).orElse(""));
  }

  /**
   * The path the browser shows. An error page or access-denied page is rendered after an internal dispatch
   * to /error, and its language links must lead back to the page the person asked for, not to /error.
   */
  private static String addressBarPath(HttpServletRequest request) {
    for (String attribute : new String[] {RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI}) {
      if (request.getAttribute(attribute) instanceof String original) {
        return original;
      }
    }
    return request.getRequestURI();
  }

  private static String addressBarQuery(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
      return (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
    }
    if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null) {
      return (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    }
    return request.getQueryString();
  }
}
