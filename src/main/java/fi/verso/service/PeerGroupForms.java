package fi.verso.service;

/** The peer group forms exactly as typed. */
public final class PeerGroupForms {
  private PeerGroupForms() {}

  public record Group(String groupName, String groupDescription) {
    public static Group empty() {
      return new Group("", "");
    }
  }

  public record Facilitator(String groupFacilitator) {
    public static Facilitator empty() {
      return new Facilitator("");
    }
  }

  public record Participant(String participantCode, String participantRole) {
    public static Participant empty() {
      return new Participant("", "");
    }
  }

  public record Session(String sessionDate, String sessionTime) {
    public static Session empty() {
      return new Session("", "");
    }
  }
}
