package fi.verso.organisation;

import fi.verso.shared.i18n.UiLanguage;

/** A municipality by its official code (Statistics Finland). English uses the Finnish name. */
public record Municipality(String code, String nameFi, String nameSv) {
  public String name(UiLanguage lang) {
    return lang == UiLanguage.SV ? nameSv : nameFi;
  }
}
