package fi.verso.casenote;

/** How the contact took place. */
public enum CaseNoteKind {
  HOME_VISIT,
  OFFICE,
  PHONE,
  VIDEO,
  NETWORK_MEETING
}
