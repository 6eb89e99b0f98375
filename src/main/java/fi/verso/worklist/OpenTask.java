package fi.verso.worklist;

/** Something a child's worker has to do, as the worklists name it. */
public enum OpenTask {
  ASSESSMENT_OVERDUE,
  ASSESSMENT_DUE_SOON,
  NO_PLAN,
  PLAN_REVIEW_OVERDUE,
  PLAN_REVIEW_DUE_SOON,
  NOT_MET_TOO_LONG
}
