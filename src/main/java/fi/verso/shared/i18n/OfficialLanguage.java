package fi.verso.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The official languages (kansalliskielet) in which decisions and letters are made: Finnish and Swedish, as
 * the client chooses (Kielilaki 423/2003 10 §; in bilingual counties Laki hyvinvointialueesta 611/2021 and
 * 612/2021 5 §). Pages may also be in English ({@link UiLanguage}); decisions never are.
 */
public enum OfficialLanguage {
  FI,
  SV;

  public static final OfficialLanguage DEFAULT = FI;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.of(code());
  }

  public static Optional<OfficialLanguage> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (OfficialLanguage l : values()) {
      if (l.code().equalsIgnoreCase(code.trim()) || l.name().equalsIgnoreCase(code.trim())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The language of a person's decisions from the language recorded for them: Swedish for Swedish speakers,
   * otherwise Finnish (a client with another mother tongue gets decisions in Finnish unless they choose Swedish).
   */
  public static OfficialLanguage forPersonLanguage(String personLanguage) {
    return "sv".equalsIgnoreCase(personLanguage) ? SV : DEFAULT;
  }
}
