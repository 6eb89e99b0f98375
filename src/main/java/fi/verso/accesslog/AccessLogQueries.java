package fi.verso.accesslog;

final class AccessLogQueries {
  private AccessLogQueries() {}

  static final String INSERT =
      """
      insert into access_log (logged_at, county_id, actor_employee_id, actor_kind, action, purpose,
                              target_type, target_id, client_ids, outcome, request_id)
      values (:loggedAt, :countyId, :actorId, :actorKind, :action, :purpose,
              :targetType, :targetId, :clientIds, :outcome, :requestId)
      """;

  static final String COLUMNS =
      "id, logged_at, actor_employee_id, actor_kind, action, purpose, target_type, target_id, client_ids, outcome";

  static final String LATEST_FOR_COUNTY =
      "select " + COLUMNS + " from access_log where county_id = :countyId order by logged_at desc, id desc limit :limit";

  private static final String VIEW_COLUMNS =
      "select l.logged_at, e.display_name, l.actor_kind, l.action, l.purpose, l.target_type, l.target_id,"
          + " l.client_ids, l.outcome from access_log l left join employee e on e.id = l.actor_employee_id";

  /** Rows of this county's employees, and anonymous rows (public forms), newest first. */
  static final String VIEW_LATEST =
      VIEW_COLUMNS + " where (l.county_id = :countyId or l.county_id is null)"
          + " order by l.logged_at desc, l.id desc limit :limit";

  static final String VIEW_FOR_PERSON =
      VIEW_COLUMNS + " where l.client_ids @> array[cast(:personId as uuid)]"
          + " and (l.county_id = :countyId or l.county_id is null)"
          + " order by l.logged_at desc, l.id desc limit :limit";

  static final String FOR_CLIENT =
      "select " + COLUMNS + " from access_log where client_ids @> array[cast(:clientId as uuid)] order by logged_at desc, id desc";
}
