package fi.verso.shared.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One way an actor may be permitted an action. An action is permitted when any of its rules matches. */
public sealed interface Rule {

  /** Anyone, signed in or not: public pages and the citizens' forms. */
  record Anyone() implements Rule {
    @Override
    public String describe() {
      return "anyone, also without signing in";
    }
  }

  /** Any signed-in employee. */
  record AnyEmployee() implements Rule {
    @Override
    public String describe() {
      return "any signed-in employee";
    }
  }

  /** An employee with one of these global roles. */
  record GlobalRole(Set<Role> roles) implements Rule {
    @Override
    public String describe() {
      return "global role " + roles.stream().map(Enum::name).sorted().collect(Collectors.joining(" or "));
    }
  }

  /** An employee with one of these roles in the team the target belongs to. */
  record InTeam(Set<TeamRole> roles) implements Rule {
    @Override
    public String describe() {
      return "team role " + roles.stream().map(Enum::name).sorted().collect(Collectors.joining(" or "))
          + " in the target's team";
    }
  }

  /** An employee who stands in one of these relationships to the child the target concerns. */
  record OfChild(Set<ChildRelationship> relationships) implements Rule {
    @Override
    public String describe() {
      return "relationship to the child: "
          + relationships.stream().map(Enum::name).sorted().collect(Collectors.joining(" or "));
    }
  }

  String describe();

  /** Whether this rule can be decided without knowing the target. */
  default boolean isGlobal() {
    return this instanceof Anyone || this instanceof AnyEmployee || this instanceof GlobalRole;
  }

  static Rule anyone() {
    return new Anyone();
  }

  static Rule anyEmployee() {
    return new AnyEmployee();
  }

  static Rule globalRole(Role first, Role... more) {
    return new GlobalRole(Set.copyOf(EnumSet.of(first, more)));
  }

  static Rule inTeam(TeamRole first, TeamRole... more) {
    return new InTeam(Set.copyOf(EnumSet.of(first, more)));
  }

  static Rule ofChild(ChildRelationship first, ChildRelationship... more) {
    return new OfChild(Set.copyOf(EnumSet.of(first, more)));
  }
}
