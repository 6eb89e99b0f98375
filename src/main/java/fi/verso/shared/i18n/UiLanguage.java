package fi.verso.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/** Languages of the pages. Decisions and letters use only the official languages (Finnish, Swedish). */
public enum UiLanguage {
  FI,
  SV,
  EN;

  public static final UiLanguage DEFAULT = FI;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.of(code());
  }

  public static Optional<UiLanguage> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (UiLanguage l : values()) {
      if (l.code().equalsIgnoreCase(code.trim())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  public static UiLanguage of(Locale locale) {
    return locale == null ? DEFAULT : fromCode(locale.getLanguage()).orElse(DEFAULT);
  }
}
