package fi.verso.shared.api;

import fi.verso.shared.i18n.UiLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;

/**
 * The language of the API's texts. Integrations are other systems, so the default is English; a caller
 * that sends {@code Accept-Language: fi} or {@code sv} (as a person behind it would read them) gets Finnish
 * or Swedish. The pages' language cookie does not apply here.
 */
public final class ApiLanguage {
  public static final UiLanguage DEFAULT = UiLanguage.EN;

  private ApiLanguage() {}

  public static UiLanguage of(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return DEFAULT; // the container would otherwise answer with the server's own locale
    }
    // The container orders the locales by their q-values.
    Enumeration<Locale> locales = request.getLocales();
    while (locales.hasMoreElements()) {
      Locale locale = locales.nextElement();
      if ("*".equals(locale.getLanguage())) {
        return DEFAULT;
      }
      var language = UiLanguage.fromCode(locale.getLanguage());
      if (language.isPresent()) {
        return language.get();
      }
    }
    return DEFAULT;
  }
}
