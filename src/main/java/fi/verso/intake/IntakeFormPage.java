package fi.verso.intake;

import fi.verso.shared.web.FieldProblem;
import fi.verso.organisation.Municipality;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One of the intake forms, as typed, with its problems keyed by input name. */
public record IntakeFormPage(
    MatterKind kind,
    String action,
    SubmissionForm form,
    Map<String, FieldProblem> problems,
    List<Municipality> municipalities,
    boolean workerRegistration,
    boolean rateLimited,
    java.util.Optional<String> socialEmergencyPhone) {

  public static Map<String, FieldProblem> byInput(List<FieldProblem> problems) {
    Map<String, FieldProblem> map = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      map.putIfAbsent(SubmissionForm.inputName(p.field()), p);
    }
    return map;
  }

  public boolean hasProblems() {
    return !problems.isEmpty() || rateLimited;
  }

  public FieldProblem problem(String input) {
    return problems.get(input);
  }

  public List<MandatedReporterOrganisation> organisations() {
    return List.of(MandatedReporterOrganisation.values());
  }

  public List<ReporterType> reporterTypes() {
    return switch (kind) {
      case CHILD_WELFARE_NOTIFICATION -> List.of(ReporterType.PRIVATE_PERSON, ReporterType.MANDATED_REPORTER);
      case PRENATAL_NOTIFICATION -> List.of(ReporterType.MANDATED_REPORTER);
      case CONTACT_REQUEST -> List.of(ReporterType.GUARDIAN, ReporterType.MANDATED_REPORTER);
      case FAMILY_WORK_APPLICATION -> List.of(ReporterType.GUARDIAN);
    };
  }

  public boolean hasChild() {
    return kind != MatterKind.PRENATAL_NOTIFICATION;
  }

  public boolean offersAnonymity() {
    return kind == MatterKind.CHILD_WELFARE_NOTIFICATION;
  }

  public boolean asksMandatedDetails() {
    return reporterTypes().contains(ReporterType.MANDATED_REPORTER);
  }

  public List<Knowledge> knowledgeOptions() {
    return List.of(Knowledge.values());
  }

  public List<ContactBasis> contactBases() {
    return List.of(ContactBasis.WITH_FAMILY, ContactBasis.WITH_CONSENT, ContactBasis.WITHOUT_CONSENT);
  }

  public List<PoliceNotification> policeOptions() {
    return List.of(PoliceNotification.values());
  }

  public List<Channel> registrationChannels() {
    return List.of(Channel.PHONE, Channel.PAPER, Channel.IN_PERSON);
  }

  public String value(String v) {
    return v == null ? "" : v;
  }

  public boolean is(String typed, Enum<?> option) {
    return typed != null && typed.equalsIgnoreCase(option.name());
  }
}
