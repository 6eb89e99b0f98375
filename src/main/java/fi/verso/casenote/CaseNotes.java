package fi.verso.casenote;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.web.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's case notes: read, recorded and corrected, every read and write in the access log. Callers check
 * access first ({@link Action#CHILD_RECORDS_VIEW}, {@link Action#CHILD_RECORDS_WRITE}).
 */
@Service
public class CaseNotes {
  private final NamedParameterJdbcTemplate jdbc;
  private final AccessLog accessLog;
  private final Clock clock;

  CaseNotes(NamedParameterJdbcTemplate jdbc, AccessLog accessLog, Clock clock) {
    this.jdbc = jdbc;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /** The child's case notes, newest first. Empty when the county has no such child. */
  public record ChildNotes(UUID childId, String childName, List<CaseNote> notes) {}

  public sealed interface Outcome {
    record Recorded(UUID id) implements Outcome {}

    record Invalid(List<FieldProblem> problems) implements Outcome {}

    /** The entry to correct was corrected already (perhaps a moment ago by someone else): correct the latest. */
    record AlreadyCorrected(UUID correctedBy) implements Outcome {}

    record NotFound() implements Outcome {}
  }

  /**
   * The Helsinki date the child was last met personally, by anyone, as the entries (and their corrections) say.
   * Part of what the calling module shows: the caller logs its own read of the child's records.
   */
  @Transactional(readOnly = true)
  public Optional<LocalDate> lastMetPersonally(UUID childId) {
    Timestamp last =
        jdbc.queryForObject(
            CaseNoteQueries.LAST_MET_PERSONALLY, new MapSqlParameterSource("childId", childId), Timestamp.class);
    return Optional.ofNullable(last).map(t -> HelsinkiTime.dateOf(t.toInstant()));
  }

  @Transactional
  public Optional<ChildNotes> forChild(Actor.Employee actor, UUID childId) {
    Optional<String> name = childName(actor, childId);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<CaseNote> notes =
        jdbc.query(CaseNoteQueries.FOR_CHILD, params(actor, childId), CaseNoteQueries.NOTE);
    logRead(actor, AccessTarget.of("case_notes", childId), childId);
    return Optional.of(new ChildNotes(childId, name.get(), notes));
  }

  /** The child's name for the form of a new entry (a read of the child's records, logged). */
  @Transactional
  public Optional<String> childForNewEntry(Actor.Employee actor, UUID childId) {
    Optional<String> name = childName(actor, childId);
    name.ifPresent(n -> logRead(actor, AccessTarget.of("child", childId), childId));
    return name;
  }

  /** An entry with the child's name, for correcting it. */
  @Transactional
  public Optional<ChildNotes> entry(Actor.Employee actor, UUID childId, UUID noteId) {
    Optional<String> name = childName(actor, childId);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<CaseNote> found =
        jdbc.query(CaseNoteQueries.BY_ID, params(actor, childId).addValue("id", noteId), CaseNoteQueries.NOTE);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    logRead(actor, AccessTarget.of("case_note", noteId), childId);
    return Optional.of(new ChildNotes(childId, name.get(), found));
  }

  /**
   * Records an entry, or a correction of an earlier one. Nothing is stored when anything is wrong; an entry can
   * be corrected once (a second correction corrects the correction).
   */
  @Transactional
  public Outcome record(Actor.Employee actor, UUID childId, CaseNoteForm form) {
    if (childName(actor, childId).isEmpty()) {
      return new Outcome.NotFound();
    }
    CaseNoteForm.Content content;
    switch (form.check(clock.instant())) {
      case CaseNoteForm.Checked.Invalid invalid -> {
        return new Outcome.Invalid(invalid.problems());
      }
      case CaseNoteForm.Checked.Valid valid -> content = valid.content();
    }
    if (content.corrects().isPresent()) {
      List<CaseNote> corrected =
          jdbc.query(
              CaseNoteQueries.BY_ID,
              params(actor, childId).addValue("id", content.corrects().get()),
              CaseNoteQueries.NOTE);
      if (corrected.isEmpty()) {
        return new Outcome.Invalid(List.of(new FieldProblem("corrects", "casenote.error.corrects.unknown")));
      }
      if (corrected.getFirst().correctedBy().isPresent()) {
        return new Outcome.AlreadyCorrected(corrected.getFirst().correctedBy().get().id());
      }
    }
    UUID id = UUID.randomUUID();
    int inserted =
        jdbc.update(
            CaseNoteQueries.INSERT,
            params(actor, childId)
                .addValue("id", id)
                .addValue("contactAt", Timestamp.from(content.contactAt()))
                .addValue("kind", content.kind().name())
                .addValue("participants", content.participants())
                .addValue("metPersonally", content.childMetPersonally())
                .addValue("withoutConsent", content.withoutGuardianConsent())
                .addValue("reason", content.withoutConsentReason().orElse(null))
                .addValue("notes", content.notes())
                .addValue("correctsId", content.corrects().orElse(null))
                .addValue("writtenBy", actor.id())
                .addValue("createdAt", Timestamp.from(clock.instant())));
    if (inserted == 0) {
      // Someone corrected the same entry between our check and our insert.
      List<CaseNote> corrected =
          jdbc.query(
              CaseNoteQueries.BY_ID,
              params(actor, childId).addValue("id", content.corrects().orElseThrow()),
              CaseNoteQueries.NOTE);
      return new Outcome.AlreadyCorrected(corrected.getFirst().correctedBy().orElseThrow().id());
    }
    accessLog.record(
        actor,
        Action.CHILD_RECORDS_WRITE,
        Purpose.CLIENT_SERVICE,
        AccessTarget.of("case_note", id).concerningChildren(List.of(childId)));
    return new Outcome.Recorded(id);
  }

  private Optional<String> childName(Actor.Employee actor, UUID childId) {
    return jdbc
        .query(
            CaseNoteQueries.CHILD_NAME,
            params(actor, childId),
            (rs, i) -> (rs.getString("first_name") + " " + rs.getString("last_name")).strip())
        .stream()
        .findFirst();
  }

  private void logRead(Actor.Employee actor, AccessTarget target, UUID childId) {
    accessLog.record(
        actor, Action.CHILD_RECORDS_VIEW, Purpose.CLIENT_SERVICE, target.concerningChildren(List.of(childId)));
  }

  private static MapSqlParameterSource params(Actor.Employee actor, UUID childId) {
    return new MapSqlParameterSource("childId", childId).addValue("countyId", actor.countyId());
  }
}
