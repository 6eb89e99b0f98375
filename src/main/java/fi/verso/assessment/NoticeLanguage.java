package fi.verso.assessment;

import java.util.Locale;

/** Letters go out in an official language only, as the family chooses (612/2021 5 §). */
public enum NoticeLanguage {
  FI,
  SV;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.of(code());
  }
}
