package fi.verso.shared.web;

import fi.verso.shared.i18n.Msg;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.Action;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template receives besides its own model: the language and its messages, the CSRF token
 * for forms, who is signed in, and the actions the actor may perform (buttons that cannot be used are not
 * shown).
 */
public record PageContext(
    Msg msg,
    UiLanguage lang,
    CsrfToken csrf,
    Optional<String> employeeName,
    Set<Action> permitted,
    String path,
    String query) {

  /** Read lazily: a page without a form creates no session for an anonymous visitor. */
  public String csrfParameter() {
    return csrf == null ? "_csrf" : csrf.getParameterName();
  }

  public String csrfToken() {
    return csrf == null ? "" : csrf.getToken();
  }

  public boolean can(Action action) {
    return permitted.contains(action);
  }

  public boolean signedIn() {
    return employeeName.isPresent();
  }

  public String t(String key, Object... args) {
    return msg.t(key, args);
  }

  /** The current page in another language (keeps the query, replaces lang). */
  public String inLanguage(UiLanguage other) {
    StringBuilder url = new StringBuilder(path).append("?");
    if (query != null && !query.isBlank()) {
      for (String part : query.split("&")) {
        if (!part.startsWith("lang=") && !part.isBlank()) {
          url.append(part).append("&");
        }
      }
    }
    return url.append("lang=").append(other.code()).toString();
  }
}
