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

  static final String FOR_CLIENT =
      "select " + COLUMNS + " from access_log where client_ids @> array[cast(:clientId as uuid)] order by logged_at desc, id desc";
}
