package fi.verso.service;

final class EndedMeasureQueries {
  private EndedMeasureQueries() {}

  /**
   * The open measures on the worker's children whose period is over or whose decision has ended: the predicate of
   * {@link MeasureEnd#needsAction} in SQL, over family work periods and support matches, in one query.
   */
  static final String ENDED_FOR_RESPONSIBLE_WORKER =
      """
      select 'FAMILY_WORK' as measure, f.id, f.child_id, f.kind as detail, f.planned_end_on as planned_last_day,
             f.decision_ended_on, c.first_name, c.last_name
        from family_work_period f
        join client_relationship r on r.id = f.relationship_id
        join person c on c.id = f.child_id
       where r.responsible_worker_id = :me and f.county_id = :countyId and f.ended_on is null
         and (f.planned_end_on < :today or f.decision_ended_on <= :today)
      union all
      select 'SUPPORT_MATCH', m.id, m.child_id, p.kind, m.ends_on, m.decision_ended_on, c.first_name, c.last_name
        from support_match m
        join client_relationship r on r.id = m.relationship_id
        join support_provider p on p.id = m.provider_id
        join person c on c.id = m.child_id
       where r.responsible_worker_id = :me and m.county_id = :countyId and m.closed_on is null
         and (m.ends_on < :today or m.decision_ended_on <= :today)
       order by planned_last_day, last_name, first_name, id
      """;
}
