package fi.verso.casenote;

/** The answer to "was the child met personally?", as the form asks it (no answer is not an answer). */
public enum MetPersonally {
  YES,
  NO
}
