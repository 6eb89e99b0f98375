package fi.verso.shared.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in employee as Spring Security holds them. */
public record EmployeePrincipal(Actor.Employee actor, String passwordHash, boolean enabled)
    implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<SimpleGrantedAuthority> list =
        actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    return list.isEmpty() ? List.of(new SimpleGrantedAuthority("ROLE_EMPLOYEE")) : list;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  /** Keeps the hash out of anything that prints the principal. */
  @Override
  public String toString() {
    return "EmployeePrincipal[" + actor.id() + "]";
  }
}
