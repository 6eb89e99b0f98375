package fi.verso.shared.security;

/**
 * Port to the access log for events the security layer itself sees: denials and logins. Implemented by the
 * accesslog module so that these land in the same append-only log as every access to client data.
 */
public interface SecurityEventRecorder {
  enum Outcome {
    PERMITTED,
    DENIED,
    FAILED
  }

  void record(Actor actor, Action action, Outcome outcome, AccessTarget target);
}
