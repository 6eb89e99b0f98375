package fi.verso.service;

import fi.verso.shared.security.AccessControl;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.web.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the pages of a child's measures (family work periods, support matches) do alike: checking the actor's
 * relationship to the child, the message after a change, and turning a change's outcome into the next page.
 * The handlers themselves stay one per endpoint, each with its own action.
 */
final class MeasurePages {
  private MeasurePages() {}

  /** The current actor, once permitted {@code action} on the child's services. */
  static Actor.Employee requireForChild(AccessControl access, Action action, UUID childId) {
    Actor actor = CurrentActor.get();
    access.require(actor, action, ServiceTargets.child(childId));
    return actor.asEmployee().orElseThrow();
  }

  /** The message key for {@code ?done=}; only the known ones, so the address cannot pick any text of the bundle. */
  static Optional<String> doneMessage(String done, Set<String> known, String keyPrefix) {
    return Optional.ofNullable(done).filter(known::contains).map(d -> keyPrefix + d);
  }

  /**
   * A change done goes back to the measure's page with its message (post/redirect/get); one refused shows the
   * page again with the problems, as 409 when the measure had ended meanwhile and 422 for what was typed.
   *
   * @param measurePage the address of the measure's own page
   * @param showAgain renders the page with the refused form kept as typed
   */
  static String afterChange(
      Outcome outcome,
      String measurePage,
      String done,
      HttpServletResponse response,
      Function<List<FieldProblem>, String> showAgain) {
    return switch (outcome) {
      case Outcome.Done d -> "redirect:" + measurePage + "?done=" + done;
      case Outcome.Refused refused -> {
        response.setStatus(refused.conflict() ? 409 : 422);
        yield showAgain.apply(refused.problems());
      }
    };
  }
}
