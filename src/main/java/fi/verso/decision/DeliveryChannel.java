package fi.verso.decision;

/** How the decision letter was sent to the parties, which sets when they are deemed to have received it. */
public enum DeliveryChannel {
  /** Ordinary letter: received on the 7th day after sending unless shown otherwise (HL 59 § 2 mom). */
  LETTER(7),
  /** Electronic message: received on the 3rd day after sending unless shown otherwise (HL 59 b § 1 mom). */
  ELECTRONIC(3);

  private final int daysToNotification;

  DeliveryChannel(int daysToNotification) {
    this.daysToNotification = daysToNotification;
  }

  public int daysToNotification() {
    return daysToNotification;
  }
}
