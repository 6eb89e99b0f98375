package fi.verso.casenote;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.i18n.UiLanguage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times of entries as each language writes them, in Helsinki time. */
final class CaseNoteText {
  private CaseNoteText() {}

  private static final DateTimeFormatter FI = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm");
  private static final DateTimeFormatter SV = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' H.mm");
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy, H:mm", Locale.ENGLISH);

  static String dateTime(Instant instant, UiLanguage lang) {
    DateTimeFormatter format =
        switch (lang) {
          case FI -> FI;
          case SV -> SV;
          case EN -> EN;
        };
    return instant.atZone(HelsinkiTime.ZONE).format(format);
  }
}
