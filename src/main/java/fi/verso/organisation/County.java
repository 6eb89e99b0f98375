package fi.verso.organisation;

import fi.verso.shared.i18n.UiLanguage;
import java.util.Optional;
import java.util.UUID;

public record County(
    UUID id, String code, String nameFi, String nameSv, String nameEn, Optional<String> socialEmergencyPhone) {
  public String name(UiLanguage lang) {
    return switch (lang) {
      case FI -> nameFi;
      case SV -> nameSv;
      case EN -> nameEn;
    };
  }
}
