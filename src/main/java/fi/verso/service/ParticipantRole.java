package fi.verso.service;

/** Whether a peer group participant takes part as a child or as a guardian. */
public enum ParticipantRole {
  CHILD,
  GUARDIAN
}
