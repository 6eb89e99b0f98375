package fi.verso.service;

/** Whether a support person or family can take a child now. */
public enum Availability {
  AVAILABLE,
  /** Has as many children as they can take. */
  FULL,
  /** Taking a break (their own life situation, a move, a rest between children). */
  PAUSED
}
