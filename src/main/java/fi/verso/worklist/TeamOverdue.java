package fi.verso.worklist;

import java.util.List;
import java.util.UUID;

/** The overdue items of a team lead's teams, per worker. */
public record TeamOverdue(List<WorkerItems> workers) {
  public TeamOverdue {
    workers = List.copyOf(workers);
  }

  public record WorkerItems(UUID workerId, String workerName, List<Item> items) {
    public WorkerItems {
      items = List.copyOf(items);
    }
  }

  /** A child and the deadline that has passed. */
  public record Item(UUID childId, String childName, Deadline deadline) {}

  public int itemCount() {
    return workers.stream().mapToInt(w -> w.items().size()).sum();
  }
}
