package fi.verso.assessment;

final class AssessmentQueries {
  private AssessmentQueries() {}

  static final String BY_MATTER = "select id from service_need_assessment where matter_id = :matterId";

  static final String INSERT =
      """
      insert into service_need_assessment (id, county_id, matter_id, child_id, team_id, assigned_worker_id,
                                           started_on, completion_due, state)
      values (:id, :countyId, :matterId, :childId, :teamId, :assignedWorkerId, :startedOn, :completionDue, 'OPEN')
      on conflict (matter_id) do nothing
      """;

  static final String VIEW =
      """
      select a.id, a.county_id, a.matter_id, a.child_id, p.first_name, p.last_name, a.team_id,
             t.name_fi as team_fi, t.name_sv as team_sv, t.name_en as team_en,
             a.assigned_worker_id, aw.display_name as assigned_name, a.work_pair_id, wp.display_name as work_pair_name,
             a.started_on, a.completion_due, a.state, a.child_met_on, a.not_met_reason, a.child_views_method,
             a.child_views_content, a.guardians_views, a.summary, a.conclusion, a.lsl27_ground, a.completed_on,
             cb.display_name as completed_by_name, a.version
        from service_need_assessment a
        join person p on p.id = a.child_id
        join team t on t.id = a.team_id
        join employee aw on aw.id = a.assigned_worker_id
        left join employee wp on wp.id = a.work_pair_id
        left join employee cb on cb.id = a.completed_by
       where a.id = :id and a.child_id = :childId and a.county_id = :countyId
      """;

  static final String LOCK =
      """
      select id from service_need_assessment
       where id = :id and child_id = :childId and county_id = :countyId
         for update
      """;

  static final String DRAFT_COLUMNS =
      """
      child_met_on = :childMetOn, not_met_reason = :notMetReason, child_views_method = :childViewsMethod,
      child_views_content = :childViewsContent, guardians_views = :guardiansViews, summary = :summary,
      work_pair_id = :workPair, conclusion = :conclusion, lsl27_ground = :lsl27Ground,
      version = version + 1, modified_at = now()
      """;

  static final String SAVE_DRAFT =
      "update service_need_assessment set " + DRAFT_COLUMNS + " where id = :id and version = :version and state = 'OPEN'";

  static final String COMPLETE =
      "update service_need_assessment set " + DRAFT_COLUMNS
          + ", state = 'COMPLETED', completed_on = :completedOn, completed_by = :completedBy, notice_recorded_on = :noticeSentOn"
          + " where id = :id and version = :version and state = 'OPEN'";

  static final String INSERT_NOTICE =
      """
      insert into assessment_notice (id, assessment_id, language, recipients, body, sent_on, recorded_by)
      values (:id, :assessmentId, :language, :recipients, :body, :sentOn, :recordedBy)
      """;

  static final String NOTICES =
      """
      select language, recipients, body, sent_on from assessment_notice
       where assessment_id = :id order by sent_on, created_at
      """;

  static final String SUMMARIES_OF_CHILD =
      """
      select a.id, t.name_fi, t.name_sv, t.name_en, aw.display_name, a.state, a.started_on, a.completion_due,
             a.completed_on, a.conclusion
        from service_need_assessment a
        join team t on t.id = a.team_id
        join employee aw on aw.id = a.assigned_worker_id
       where a.child_id = :childId and a.county_id = :countyId
       order by a.started_on desc, a.created_at desc
      """;
}
