package fi.verso.service;

import java.util.Locale;
import java.util.Optional;

/**
 * Languages a support person or family can use with a child, as ISO 639-1 codes in the register. The county's
 * official languages first, then the languages most asked for; extend as the county needs.
 */
public enum SupportLanguage {
  FI,
  SV,
  SE,
  EN,
  RU,
  ET,
  UK,
  AR,
  SO,
  FA;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SupportLanguage> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (SupportLanguage l : values()) {
      if (l.code().equalsIgnoreCase(code.trim())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
