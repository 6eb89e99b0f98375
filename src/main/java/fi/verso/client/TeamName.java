package fi.verso.client;

import fi.verso.shared.i18n.UiLanguage;

/** A team's name in the three page languages. */
public record TeamName(String fi, String sv, String en) {
  public String in(UiLanguage lang) {
    return switch (lang) {
      case FI -> fi;
      case SV -> sv;
      case EN -> en;
    };
  }
}
