package fi.verso.shared.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Decides whether an actor is permitted an action, from the rules the action declares. */
@Component
public class AccessControl {
  private final ObjectProvider<ChildRelationshipResolver> childRelationships;
  private final SecurityEventRecorder recorder;

  public AccessControl(
      ObjectProvider<ChildRelationshipResolver> childRelationships, SecurityEventRecorder recorder) {
    this.childRelationships = childRelationships;
    this.recorder = recorder;
  }

  /** For actions decided without a target (public pages, global roles). */
  public boolean isPermitted(Actor actor, Action action) {
    return action.rules().stream().anyMatch(rule -> matchesGlobally(actor, rule));
  }

  public boolean isPermitted(Actor actor, Action action, AccessTarget target) {
    return action.rules().stream().anyMatch(rule -> matches(actor, rule, target));
  }

  public void require(Actor actor, Action action) {
    if (!isPermitted(actor, action)) {
      deny(actor, action, AccessTarget.of("none", ""));
    }
  }

  /** Checks the action against its target; a denial is itself written to the access log. */
  public void require(Actor actor, Action action, AccessTarget target) {
    if (!isPermitted(actor, action, target)) {
      deny(actor, action, target);
    }
  }

  /** The global actions this actor may perform: pages show only what can be used. */
  public Set<Action> permittedGlobalActions(Actor actor) {
    Set<Action> permitted = EnumSet.noneOf(Action.class);
    for (Action action : Action.values()) {
      if (isPermitted(actor, action)) {
        permitted.add(action);
      }
    }
    return permitted;
  }

  /** Whether any rule of the action could ever admit this actor, before the target is known. */
  public boolean couldBePermitted(Actor actor, Action action) {
    if (action.isGlobal()) {
      return isPermitted(actor, action);
    }
    return actor instanceof Actor.Employee || isPermitted(actor, action);
  }

  private void deny(Actor actor, Action action, AccessTarget target) {
    recorder.record(actor, action, SecurityEventRecorder.Outcome.DENIED, target);
    throw new AccessDeniedForAction(action);
  }

  private boolean matchesGlobally(Actor actor, Rule rule) {
    return switch (rule) {
      case Rule.Anyone a -> true;
      case Rule.AnyEmployee a -> actor instanceof Actor.Employee;
      case Rule.GlobalRole r ->
          actor instanceof Actor.Employee e && r.roles().stream().anyMatch(e::hasRole);
      case Rule.InTeam t -> false;
      case Rule.OfChild c -> false;
    };
  }

  private boolean matches(Actor actor, Rule rule, AccessTarget target) {
    return switch (rule) {
      case Rule.InTeam t ->
          actor instanceof Actor.Employee e
              && target.teamId().map(team -> e.teams().get(team)).filter(t.roles()::contains).isPresent();
      case Rule.OfChild c ->
          actor instanceof Actor.Employee e
              && !target.childIds().isEmpty()
              && target.childIds().stream().allMatch(child -> relatesTo(e.id(), child, c));
      default -> matchesGlobally(actor, rule);
    };
  }

  private boolean relatesTo(UUID employee, UUID child, Rule.OfChild rule) {
    ChildRelationshipResolver resolver = childRelationships.getIfAvailable();
    if (resolver == null) {
      return false;
    }
    Set<ChildRelationship> held = resolver.relationships(employee, child);
    return held.stream().anyMatch(rule.relationships()::contains);
  }

  static List<Action> all() {
    return List.of(Action.values());
  }
}
