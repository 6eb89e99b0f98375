package fi.verso.intake;

public enum ReporterType {
  PRIVATE_PERSON,
  MANDATED_REPORTER,
  GUARDIAN,
  CHILD,
  OTHER
}
