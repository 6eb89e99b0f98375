package fi.verso.shared.i18n;

import org.springframework.context.MessageSource;

/** Messages of one language, for templates: {@code ${ctx.msg().t("catalogue.title")}}. */
public final class Msg {
  private final MessageSource source;
  private final UiLanguage language;

  public Msg(MessageSource source, UiLanguage language) {
    this.source = source;
    this.language = language;
  }

  public String t(String key, Object... args) {
    return source.getMessage(key, args, language.locale());
  }

  public UiLanguage language() {
    return language;
  }
}
