package fi.verso.intake;

public enum MatterKind {
  CHILD_WELFARE_NOTIFICATION,
  PRENATAL_NOTIFICATION,
  CONTACT_REQUEST,
  FAMILY_WORK_APPLICATION;

  /** Child welfare matters and SHL special-support matters are reported to THL separately. */
  public boolean isChildWelfare() {
    return this == CHILD_WELFARE_NOTIFICATION || this == PRENATAL_NOTIFICATION;
  }
}
