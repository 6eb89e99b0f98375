package fi.verso.shared.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * One message bundle per module under {@code messages/}, found at start-up: the base file is Finnish, with
 * {@code _sv} and {@code _en} beside it. {@code ?lang=} switches the language and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
public class I18nConfig {
  public static final String LANG_PARAM = "lang";

  @Bean
  MessageSource messageSource() {
    ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
    source.setBasenames(bundleBasenames());
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(UiLanguage.DEFAULT.locale());
    source.setCacheSeconds(-1);
    return source;
  }

  /** Every {@code messages/<module>.properties} on the classpath. */
  public static String[] bundleBasenames() {
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
      return Arrays.stream(resources)
          .map(Resource::getFilename)
          .filter(name -> name != null && !name.matches(".*_[a-z]{2}\\.properties"))
          .map(name -> "classpath:messages/" + name.substring(0, name.length() - ".properties".length()))
          .distinct()
          .sorted()
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("verso-lang");
    resolver.setDefaultLocale(UiLanguage.DEFAULT.locale());
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSecure(false);
    resolver.setCookieHttpOnly(true);
    return resolver;
  }

  /** Switches language on {@code ?lang=fi|sv|en}; anything else is ignored. */
  @Bean
  HandlerInterceptor languageSwitch() {
    return new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
        UiLanguage.fromCode(req.getParameter(LANG_PARAM))
            .ifPresent(
                lang -> {
                  LocaleResolver r = RequestContextUtils.getLocaleResolver(req);
                  if (r != null) {
                    r.setLocale(req, res, lang.locale());
                  }
                });
        return true;
      }
    };
  }

  public static UiLanguage current(HttpServletRequest request) {
    Locale locale = RequestContextUtils.getLocale(request);
    return UiLanguage.of(locale);
  }
}
