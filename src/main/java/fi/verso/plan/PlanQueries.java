package fi.verso.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

final class PlanQueries {
  private PlanQueries() {}

  static final String CHILD_NAME =
      "select first_name, last_name from person where id = :childId and county_id = :countyId";

  /**
   * The relationship a child's plan belongs to: the active one (child welfare before SHL when both are active),
   * else the latest ended one, whose plan stays readable.
   */
  static final String RELATIONSHIP =
      """
      select id, kind, state, started_on from client_relationship
       where child_id = :childId and county_id = :countyId
       order by state = 'ACTIVE' desc, kind = 'CHILD_WELFARE' desc, started_on desc, created_at desc
       limit 1
      """;

  static final String REVISIONS =
      """
      select r.revision, r.made_on, r.created_at, e.display_name as saved_by
        from client_plan_revision r join employee e on e.id = r.saved_by
       where r.relationship_id = :relationshipId
       order by r.revision desc
      """;

  private static final String REVISION_COLUMNS =
      """
      select r.id, r.revision, r.made_on, r.circumstances, r.support_needs, r.services, r.meeting_every_weeks,
             r.participants, r.participant_views, r.child_view_method, r.child_view_content, r.dissenting_views,
             r.created_at, e.display_name as saved_by
        from client_plan_revision r join employee e on e.id = r.saved_by
      """;

  static final String LATEST_REVISION =
      REVISION_COLUMNS + " where r.relationship_id = :relationshipId order by r.revision desc limit 1";

  /** A revision and the one before it, newest first. */
  static final String REVISION_AND_PREVIOUS =
      REVISION_COLUMNS
          + """
           where r.relationship_id = :relationshipId and r.revision in (:revision, :revision - 1)
           order by r.revision desc
          """;

  static final String GOALS =
      """
      select revision_id, goal, estimated_by, status from client_plan_goal
       where revision_id in (:revisionIds)
       order by revision_id, position
      """;

  static final String LATEST_NUMBER =
      "select coalesce(max(revision), 0) from client_plan_revision where relationship_id = :relationshipId";

  static final String FIRST_MADE_ON =
      "select made_on from client_plan_revision where relationship_id = :relationshipId and revision = 1";

  /** Only one save can make revision n + 1: the other inserts nothing and is told of the conflict. */
  static final String INSERT_REVISION =
      """
      insert into client_plan_revision (
        id, county_id, relationship_id, child_id, revision, made_on, circumstances, support_needs, services,
        meeting_every_weeks, participants, participant_views, child_view_method, child_view_content,
        dissenting_views, saved_by, created_at)
      values (
        :id, :countyId, :relationshipId, :childId, :revision, :madeOn, :circumstances, :supportNeeds, :services,
        :meetingEveryWeeks, :participants, :participantViews, :childViewMethod, :childViewContent,
        :dissentingViews, :savedBy, :createdAt)
      on conflict on constraint client_plan_revision_once do nothing
      """;

  static final String INSERT_GOAL =
      """
      insert into client_plan_goal (revision_id, position, goal, estimated_by, status)
      values (:revisionId, :position, :goal, :estimatedBy, :status)
      """;

  /** A revision without its goals, which are read with {@link #GOALS} for all revisions at once. */
  record RevisionRow(
      UUID id, int number, LocalDate madeOn, String circumstances, String supportNeeds, String services,
      int meetingEveryWeeks, String participants, String participantViews, String childViewMethod,
      String childViewContent, String dissentingViews, String savedBy, java.time.Instant savedAt) {

    PlanRevision withGoals(List<PlanGoal> goals) {
      return new PlanRevision(
          id,
          number,
          new PlanContent(
              madeOn, circumstances, supportNeeds, goals, services, meetingEveryWeeks, participants,
              participantViews, childViewMethod, childViewContent, dissentingViews),
          savedBy,
          savedAt);
    }
  }

  static final RowMapper<RevisionRow> REVISION = PlanQueries::revision;

  private static RevisionRow revision(ResultSet rs, int row) throws SQLException {
    return new RevisionRow(
        rs.getObject("id", UUID.class),
        rs.getInt("revision"),
        rs.getObject("made_on", LocalDate.class),
        rs.getString("circumstances"),
        rs.getString("support_needs"),
        rs.getString("services"),
        rs.getInt("meeting_every_weeks"),
        rs.getString("participants"),
        rs.getString("participant_views"),
        rs.getString("child_view_method"),
        rs.getString("child_view_content"),
        rs.getString("dissenting_views"),
        rs.getString("saved_by"),
        rs.getTimestamp("created_at").toInstant());
  }

  static final RowMapper<PlanGoal> GOAL =
      (rs, i) ->
          new PlanGoal(
              rs.getString("goal"),
              rs.getObject("estimated_by", LocalDate.class),
              GoalStatus.valueOf(rs.getString("status")));
}
