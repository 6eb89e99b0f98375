package fi.verso.casenote;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A case note as typed: every value kept as text so that a refused form comes back exactly as it was sent.
 * {@code corrects} is the id of the entry this one corrects, or empty for a new entry.
 */
public record CaseNoteForm(
    String contactAt,
    String kind,
    String participants,
    String metPersonally,
    boolean withoutGuardianConsent,
    String withoutConsentReason,
    String notes,
    String corrects) {

  static final int SHORT_MAX = 1000;
  static final int LONG_MAX = 20000;
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  public CaseNoteForm {
    contactAt = clean(contactAt);
    kind = clean(kind);
    participants = clean(participants);
    metPersonally = clean(metPersonally);
    withoutConsentReason = clean(withoutConsentReason);
    notes = clean(notes);
    corrects = clean(corrects);
  }

  static CaseNoteForm fromParameters(Map<String, String> p) {
    return new CaseNoteForm(
        p.get("contactAt"),
        p.get("kind"),
        p.get("participants"),
        p.get("metPersonally"),
        "true".equals(p.get("withoutGuardianConsent")),
        p.get("withoutConsentReason"),
        p.get("notes"),
        p.get("corrects"));
  }

  /**
   * A new entry. The time of the contact is left for the worker to enter: a default of "now" would put a wrong
   * time into the record whenever a contact is recorded a while after it took place.
   */
  static CaseNoteForm blank() {
    return new CaseNoteForm("", "", "", "", false, "", "", "");
  }

  /** A correction starts from the content of the entry it corrects. */
  static CaseNoteForm correcting(CaseNote note) {
    return new CaseNoteForm(
        inputValue(note.contactAt()),
        note.kind().name(),
        note.participants(),
        note.childMetPersonally() ? MetPersonally.YES.name() : MetPersonally.NO.name(),
        note.withoutGuardianConsent(),
        note.withoutConsentReason().orElse(""),
        note.notes(),
        note.id().toString());
  }

  static String inputValue(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), HelsinkiTime.ZONE).format(INPUT);
  }

  public boolean isCorrection() {
    return !corrects.isEmpty();
  }

  /** The entry as it will be stored. */
  record Content(
      Instant contactAt,
      CaseNoteKind kind,
      String participants,
      boolean childMetPersonally,
      boolean withoutGuardianConsent,
      Optional<String> withoutConsentReason,
      String notes,
      Optional<UUID> corrects) {}

  sealed interface Checked {
    record Valid(Content content) implements Checked {}

    record Invalid(List<FieldProblem> problems) implements Checked {}
  }

  /** Every problem at once, in the order of the form; the contact cannot be in the future. */
  Checked check(Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant at = null;
    if (contactAt.isEmpty()) {
      problems.add(new FieldProblem("contactAt", "casenote.error.contactAt.missing"));
    } else {
      try {
        at = LocalDateTime.parse(contactAt, INPUT).atZone(HelsinkiTime.ZONE).toInstant();
        if (at.isAfter(now)) {
          problems.add(new FieldProblem("contactAt", "casenote.error.contactAt.future"));
        }
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("contactAt", "casenote.error.contactAt.invalid"));
      }
    }
    CaseNoteKind parsedKind = parse(CaseNoteKind.class, kind);
    if (parsedKind == null) {
      problems.add(new FieldProblem("kind", "casenote.error.kind.missing"));
    }
    required(problems, "participants", participants, SHORT_MAX);
    MetPersonally met = parse(MetPersonally.class, metPersonally);
    if (met == null) {
      problems.add(new FieldProblem("metPersonally", "casenote.error.metPersonally.missing"));
    }
    if (withoutGuardianConsent) {
      if (met == MetPersonally.NO) {
        problems.add(new FieldProblem("withoutGuardianConsent", "casenote.error.withoutGuardianConsent.notMet"));
      }
      required(problems, "withoutConsentReason", withoutConsentReason, LONG_MAX);
    }
    required(problems, "notes", notes, LONG_MAX);
    UUID correctsId = null;
    if (!corrects.isEmpty()) {
      try {
        correctsId = UUID.fromString(corrects);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("corrects", "casenote.error.corrects.unknown"));
      }
    }
    if (!problems.isEmpty()) {
      return new Checked.Invalid(List.copyOf(problems));
    }
    return new Checked.Valid(
        new Content(
            at,
            parsedKind,
            participants,
            met == MetPersonally.YES,
            withoutGuardianConsent,
            withoutGuardianConsent ? Optional.of(withoutConsentReason) : Optional.empty(),
            notes,
            Optional.ofNullable(correctsId)));
  }

  private static void required(List<FieldProblem> problems, String field, String value, int max) {
    if (value.isEmpty()) {
      problems.add(new FieldProblem(field, "casenote.error." + field + ".missing"));
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, "casenote.error.tooLong", List.of(max)));
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    return null;
  }

  /** Browsers send line breaks in text areas as CRLF; they are stored as LF. */
  private static String clean(String s) {
    return s == null ? "" : s.replace("\r\n", "\n").strip();
  }
}
