package fi.verso.service;

/** Forms every measure with a period has: renewing it, recording that its decision ended, closing it. */
public final class MeasureForms {
  private MeasureForms() {}

  public record Renew(String measureRenewUntil) {
    public static Renew empty() {
      return new Renew("");
    }
  }

  public record DecisionEnded(String measureDecisionEndedOn) {
    public static DecisionEnded empty() {
      return new DecisionEnded("");
    }
  }

  public record Close(String matchCloseDate) {
    public static Close empty(String today) {
      return new Close(today);
    }
  }
}
