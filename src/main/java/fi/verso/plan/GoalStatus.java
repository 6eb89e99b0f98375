package fi.verso.plan;

/** Where a goal of the client plan stands. */
public enum GoalStatus {
  NOT_STARTED,
  IN_PROGRESS,
  REACHED,
  NOT_REACHED
}
