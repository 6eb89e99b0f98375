package fi.verso.decision;

import fi.verso.shared.i18n.OfficialLanguage;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of decision letters, from their own bundle {@code letters/decision.properties} (Finnish) and
 * {@code letters/decision_sv.properties} (Swedish).
 *
 * <p>Why not {@code messages/decision*.properties} like the pages: a letter exists only in the official languages
 * (there is no English decision), while every page bundle must have the same keys in Finnish, Swedish and
 * English (MessageBundlesTest). Letter texts are also legal wording that changes with the law, not with the UI.
 * The source is held here, not as a bean, so that the application keeps one {@code MessageSource} bean.
 */
@Component
public class LetterTexts {
  private final ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();

  LetterTexts() {
    source.setBasename("classpath:letters/decision");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(OfficialLanguage.FI.locale());
    source.setCacheSeconds(-1);
    // Every text goes through MessageFormat, with or without arguments: apostrophes are written twice everywhere.
    source.setAlwaysUseMessageFormat(true);
  }

  public In in(OfficialLanguage language) {
    return new In(source, language);
  }

  /** The letter texts of one language. */
  public record In(MessageSource source, OfficialLanguage language) {
    public String text(String key, Object... args) {
      return source.getMessage(key, args, language.locale());
    }
  }
}
