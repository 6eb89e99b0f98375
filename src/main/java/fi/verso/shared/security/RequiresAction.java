package fi.verso.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the action a request handler performs. Global actions are checked before the handler runs;
 * for an action with team or child rules the interceptor checks that the actor is an employee at all, and
 * the handler calls {@link AccessControl#require(Actor, Action, AccessTarget)} before it reads anything.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresAction {
  Action value();
}
