package fi.verso.shared.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is acting: a signed-in employee, or someone anonymous on the public side. */
public sealed interface Actor {

  record Anonymous() implements Actor {}

  record Employee(
      UUID id,
      UUID countyId,
      String username,
      String displayName,
      Set<Role> roles,
      Map<UUID, TeamRole> teams)
      implements Actor {
    public Employee {
      roles = Set.copyOf(roles);
      teams = Map.copyOf(teams);
    }

    public boolean hasRole(Role role) {
      return roles.contains(role);
    }
  }

  Actor ANONYMOUS = new Anonymous();

  default Optional<Employee> asEmployee() {
    return this instanceof Employee e ? Optional.of(e) : Optional.empty();
  }
}
