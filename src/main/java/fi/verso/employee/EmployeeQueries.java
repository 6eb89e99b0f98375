package fi.verso.employee;

final class EmployeeQueries {
  private EmployeeQueries() {}

  static final String BY_USERNAME =
      """
      select id, county_id, username, password_hash, display_name, roles, enabled
      from employee where username = :username
      """;

  static final String MEMBERSHIPS =
      "select team_id, team_role from team_membership where employee_id = :employeeId";

  static final String INSERT_IF_MISSING =
      """
      insert into employee (id, county_id, username, password_hash, display_name, title_fi, roles,
                            qualified_social_worker)
      values (:id, :countyId, :username, :passwordHash, :displayName, :titleFi, :roles, :qualified)
      on conflict (username) do nothing
      """;

  static final String INSERT_MEMBERSHIP_IF_MISSING =
      """
      insert into team_membership (team_id, employee_id, team_role)
      values (:teamId, :employeeId, :teamRole)
      on conflict do nothing
      """;
}
