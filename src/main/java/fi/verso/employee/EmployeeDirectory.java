package fi.verso.employee;

import fi.verso.shared.security.Actor;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads employees for sign-in, with their roles and team memberships. */
@Service
public class EmployeeDirectory implements UserDetailsService {
  private final NamedParameterJdbcTemplate jdbc;

  EmployeeDirectory(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    List<EmployeePrincipal> found =
        jdbc.query(
            EmployeeQueries.BY_USERNAME,
            new MapSqlParameterSource("username", username == null ? "" : username.trim()),
            (rs, i) -> {
              UUID id = rs.getObject("id", UUID.class);
              Set<Role> roles = EnumSet.noneOf(Role.class);
              Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
              Actor.Employee actor =
                  new Actor.Employee(
                      id,
                      rs.getObject("county_id", UUID.class),
                      rs.getString("username"),
                      rs.getString("display_name"),
                      roles,
                      teams(id));
              return new EmployeePrincipal(actor, rs.getString("password_hash"), rs.getBoolean("enabled"));
            });
    if (found.isEmpty()) {
      throw new UsernameNotFoundException("No such employee");
    }
    return found.getFirst();
  }

  private Map<UUID, TeamRole> teams(UUID employeeId) {
    Map<UUID, TeamRole> teams = new HashMap<>();
    jdbc.query(
        EmployeeQueries.MEMBERSHIPS,
        new MapSqlParameterSource("employeeId", employeeId),
        rs -> {
          teams.put(rs.getObject("team_id", UUID.class), TeamRole.valueOf(rs.getString("team_role")));
        });
    return teams;
  }
}
