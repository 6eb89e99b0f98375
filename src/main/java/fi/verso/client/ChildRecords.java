package fi.verso.client;

import fi.verso.person.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A child's client page: the child and guardians, the client relationships and the assessments. */
public record ChildRecords(
    Person child, List<Person> guardians, List<Relationship> relationships, List<ChildAssessments.Summary> assessments) {

  public Optional<Relationship> relationship(UUID id) {
    return relationships.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public record Relationship(
      UUID id,
      UUID teamId,
      TeamName team,
      RelationshipKind kind,
      String basis,
      LocalDate startedOn,
      UUID responsibleWorkerId,
      String responsibleWorker,
      Optional<UUID> workPairId,
      Optional<String> workPair,
      boolean active,
      Optional<LocalDate> informedOn,
      Optional<LocalDate> endedOn,
      Optional<EndReason> endReason,
      Optional<String> endNote,
      int version,
      List<WorkerPeriod> periods,
      List<FamilyMember> family) {

    /** The message key of the basis; a basis recorded outside these forms shows as "other". */
    public String basisKey() {
      boolean known =
          RelationshipKind.SHL_BASIS.equals(basis)
              || java.util.Arrays.stream(Lsl27Ground.values()).anyMatch(g -> g.name().equals(basis));
      return "client.basis." + (known ? basis : "OTHER");
    }

    Relationship with(List<WorkerPeriod> periods, List<FamilyMember> family) {
      return new Relationship(id, teamId, team, kind, basis, startedOn, responsibleWorkerId, responsibleWorker, workPairId,
          workPair, active, informedOn, endedOn, endReason, endNote, version, periods, family);
    }
  }

  /** Who was responsible (or the work pair) from one day up to, not including, another. */
  public record WorkerPeriod(String employee, String role, LocalDate from, Optional<LocalDate> to) {}

  public record FamilyMember(UUID id, Optional<UUID> personId, String name, FamilyRole role, Optional<String> roleDescription) {}
}
