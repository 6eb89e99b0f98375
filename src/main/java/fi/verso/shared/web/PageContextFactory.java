package fi.verso.shared.web;

import fi.verso.shared.i18n.I18nConfig;
import fi.verso.shared.i18n.Msg;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
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
        request.getRequestURI(),
        Optional.ofNullable(request.getQueryString()).orElse(""));
  }
}
