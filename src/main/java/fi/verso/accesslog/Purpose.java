package fi.verso.accesslog;

/** Why data was processed: a code, never free text, so the log itself holds no personal details. */
public enum Purpose {
  /** Providing a social service to the client (the normal case). */
  CLIENT_SERVICE,
  /** Receiving a notification, contact or application. */
  INTAKE,
  /** Maintaining the public catalogue and other administration. */
  ADMINISTRATION,
  /** Supervision and statutory statistics. */
  SUPERVISION,
  /** Sign-in and access-control events. */
  SECURITY,
  /** Answering a client's own request to see their data or its log. */
  CLIENT_REQUEST
}
