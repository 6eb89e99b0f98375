package fi.verso.casenote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

final class CaseNoteQueries {
  private CaseNoteQueries() {}

  static final String CHILD_NAME =
      "select first_name, last_name from person where id = :childId and county_id = :countyId";

  /** Inserts an entry; a second correction of the same entry inserts nothing (case_note_corrected_once). */
  static final String INSERT =
      """
      insert into case_note (
        id, county_id, child_id, contact_at, kind, participants, child_met_personally,
        without_guardian_consent, without_consent_reason, notes, corrects_id, written_by, created_at)
      values (
        :id, :countyId, :childId, :contactAt, :kind, :participants, :metPersonally,
        :withoutConsent, :reason, :notes, :correctsId, :writtenBy, :createdAt)
      on conflict (corrects_id, child_id) do nothing
      """;

  private static final String SELECT_NOTES =
      """
      select n.id, n.contact_at, n.kind, n.participants, n.child_met_personally, n.without_guardian_consent,
             n.without_consent_reason, n.notes, n.created_at, e.display_name as written_by,
             o.id as corrects_id, o.created_at as corrects_recorded_at,
             c.id as corrected_by_id, c.created_at as corrected_by_recorded_at
        from case_note n
        join employee e on e.id = n.written_by
        left join case_note o on o.id = n.corrects_id
        left join case_note c on c.corrects_id = n.id and c.child_id = n.child_id
      """;

  /** Newest contact first; a correction, usually dated like the entry it corrects, lands beside it. */
  static final String FOR_CHILD =
      SELECT_NOTES
          + """
           where n.child_id = :childId and n.county_id = :countyId
           order by n.contact_at desc, n.created_at desc
          """;

  static final String BY_ID =
      SELECT_NOTES + " where n.id = :id and n.child_id = :childId and n.county_id = :countyId";

  /** A corrected entry counts as its correction says, so only entries nobody has corrected are read. */
  static final String LAST_MET_PERSONALLY =
      """
      select max(n.contact_at) from case_note n
       where n.child_id = :childId and n.child_met_personally
         and not exists (select 1 from case_note c where c.corrects_id = n.id and c.child_id = n.child_id)
      """;

  static final RowMapper<CaseNote> NOTE = CaseNoteQueries::note;

  private static CaseNote note(ResultSet rs, int row) throws SQLException {
    return new CaseNote(
        rs.getObject("id", UUID.class),
        rs.getTimestamp("contact_at").toInstant(),
        CaseNoteKind.valueOf(rs.getString("kind")),
        rs.getString("participants"),
        rs.getBoolean("child_met_personally"),
        rs.getBoolean("without_guardian_consent"),
        Optional.ofNullable(rs.getString("without_consent_reason")),
        rs.getString("notes"),
        reference(rs, "corrects_id", "corrects_recorded_at"),
        reference(rs, "corrected_by_id", "corrected_by_recorded_at"),
        rs.getString("written_by"),
        rs.getTimestamp("created_at").toInstant());
  }

  private static Optional<CaseNote.Reference> reference(ResultSet rs, String idColumn, String atColumn)
      throws SQLException {
    UUID id = rs.getObject(idColumn, UUID.class);
    Timestamp at = rs.getTimestamp(atColumn);
    return id == null ? Optional.empty() : Optional.of(new CaseNote.Reference(id, at.toInstant()));
  }
}
