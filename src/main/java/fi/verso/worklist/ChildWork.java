package fi.verso.worklist;

import fi.verso.plan.PlanBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One child on a worker's list: how the worker stands to the child, the next deadline, the last personal meeting
 * against the plan's frequency, and the open tasks.
 *
 * @param role RESPONSIBLE_WORKER, WORK_PAIR or ASSESSING_WORKER
 */
public record ChildWork(
    UUID childId,
    String childName,
    String role,
    Optional<PlanBasis> basis,
    Optional<Deadline> nextDeadline,
    Optional<LocalDate> lastMetPersonally,
    Optional<Integer> meetingEveryWeeks,
    Optional<Deadline> nextMeeting,
    List<OpenTask> tasks) {

  public ChildWork {
    tasks = List.copyOf(tasks);
  }

  public boolean isClient() {
    return basis.isPresent();
  }

  public boolean meetingOverdue() {
    return nextMeeting.map(d -> d.status().isOverdue()).orElse(false);
  }
}
