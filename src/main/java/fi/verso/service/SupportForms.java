package fi.verso.service;

import java.util.List;

/** The support register's and matching forms exactly as typed. */
public final class SupportForms {
  private SupportForms() {}

  public record Provider(
      String providerKind,
      String providerName,
      String providerContact,
      String providerTrainingCourse,
      String providerTrainedOn,
      String providerRecordCheckedOn,
      List<String> providerLanguages,
      List<String> providerAreas,
      String providerAvailability,
      String version) {

    public Provider {
      providerLanguages = providerLanguages == null ? List.of() : List.copyOf(providerLanguages);
      providerAreas = providerAreas == null ? List.of() : List.copyOf(providerAreas);
    }

    public static Provider empty() {
      return new Provider("", "", "", "", "", "", List.of(), List.of(), Availability.AVAILABLE.name(), "0");
    }

    public static Provider of(SupportProvider p) {
      return new Provider(
          p.kind().name(),
          p.name(),
          p.contact(),
          p.trainingCourse() == null ? "" : p.trainingCourse(),
          p.trainingCompletedOn() == null ? "" : p.trainingCompletedOn().toString(),
          p.criminalRecordCheckedOn() == null ? "" : p.criminalRecordCheckedOn().toString(),
          p.languages().stream().map(SupportLanguage::code).toList(),
          p.areas(),
          p.availability().name(),
          String.valueOf(p.version()));
    }

    public boolean speaks(SupportLanguage language) {
      return providerLanguages.stream().anyMatch(language.code()::equalsIgnoreCase);
    }

    public boolean serves(String municipalityCode) {
      return providerAreas.contains(municipalityCode);
    }
  }

  public record Match(String measureRelationship, String matchProvider, String matchStart, String matchEnd) {
    public static Match empty() {
      return new Match("", "", "", "");
    }
  }

  public record Meeting(String meetingDate, String meetingNotes) {
    public static Meeting empty(String today) {
      return new Meeting(today, "");
    }
  }
}
