package fi.verso.decision;

import fi.verso.shared.i18n.OfficialLanguage;
import java.util.Optional;

/** Where the county's requests for correction and the appeals to the administrative court go. */
public record AppealAuthority(
    String correctionBodyFi,
    String correctionBodySv,
    Optional<String> correctionAddress,
    Optional<String> correctionEmail,
    String courtFi,
    String courtSv,
    String courtAddress,
    Optional<String> courtEmail) {

  public String correctionBody(OfficialLanguage language) {
    return language == OfficialLanguage.SV ? correctionBodySv : correctionBodyFi;
  }

  public String court(OfficialLanguage language) {
    return language == OfficialLanguage.SV ? courtSv : courtFi;
  }
}
