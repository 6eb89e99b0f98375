package fi.verso.intake;

/** How a matter reached the county. Only electronic forms and the API stamp their own received time. */
public enum Channel {
  ELECTRONIC,
  PHONE,
  PAPER,
  IN_PERSON,
  API
}
