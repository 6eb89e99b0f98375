package fi.verso.person;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children and guardians of one county, identified through the population register where possible. */
@Service
public class People {
  private final NamedParameterJdbcTemplate jdbc;
  private final PopulationRegister register;

  private final AccessLog accessLog;

  People(NamedParameterJdbcTemplate jdbc, PopulationRegister register, AccessLog accessLog) {
    this.jdbc = jdbc;
    this.register = register;
    this.accessLog = accessLog;
  }

  /**
   * The county's person with this henkilötunnus: known already, or fetched from the population register
   * with the guardians, or (when the register does not know the code) recorded as reported.
   */
  @Transactional
  public UUID identify(UUID countyId, PersonalIdentityCode code, String reportedFirstName, String reportedLastName) {
    Optional<Person> known = byCode(countyId, code.value());
    if (known.isPresent()) {
      return known.get().id();
    }
    Optional<RegisterPerson> fromRegister = register.find(code);
    if (fromRegister.isEmpty()) {
      return insert(countyId, new RegisterPerson(code.value(), blankToEmpty(reportedFirstName),
          blankToEmpty(reportedLastName), code.birthDate(), null, null, null, null, null, false, List.of()), "REPORTED");
    }
    RegisterPerson child = fromRegister.get();
    UUID childId = insert(countyId, child, "POPULATION_REGISTER");
    for (String guardianCode : child.guardianCodes()) {
      PersonalIdentityCode.parse(guardianCode);
      Optional<RegisterPerson> guardian =
          PersonalIdentityCode.parse(guardianCode) instanceof PersonalIdentityCode.Valid v ? register.find(v.code()) : Optional.empty();
      if (guardian.isPresent()) {
        UUID guardianId =
            byCode(countyId, guardianCode).map(Person::id).orElseGet(() -> insert(countyId, guardian.get(), "POPULATION_REGISTER"));
        jdbc.update(
            PersonQueries.INSERT_GUARDIANSHIP,
            new MapSqlParameterSource("childId", childId).addValue("guardianId", guardianId));
      }
    }
    return childId;
  }

  /** A person and their guardians as a worker sees them; the read is logged. The address obeys turvakielto. */
  @Transactional
  public Optional<PersonRecord> view(UUID countyId, UUID personId, Actor actor, boolean showProtectedAddress) {
    Optional<Person> person = byId(countyId, personId);
    if (person.isEmpty()) {
      return Optional.empty();
    }
    Action action = showProtectedAddress && person.get().nonDisclosure() ? Action.PERSON_PROTECTED_ADDRESS_VIEW : Action.PERSON_VIEW;
    accessLog.record(actor, action, Purpose.CLIENT_SERVICE, AccessTarget.of("person", personId).concerningChildren(List.of(personId)));
    List<Person> guardians =
        jdbc.query(PersonQueries.GUARDIANS, new MapSqlParameterSource("childId", personId), PersonQueries.PERSON);
    Person shown = showProtectedAddress ? person.get() : person.get().withoutProtectedAddress();
    return Optional.of(new PersonRecord(shown, guardians.stream().map(Person::withoutProtectedAddress).toList()));
  }

  public record PersonRecord(Person person, List<Person> guardians) {}

  /**
   * A child known only from what a reporter or worker typed (no henkilötunnus yet), e.g. when a service need
   * assessment starts for a child the notification did not identify.
   */
  @Transactional
  public UUID recordReported(UUID countyId, String firstName, String lastName, java.time.LocalDate birthDate, String municipalityCode) {
    return insert(countyId, new RegisterPerson(null, blankToEmpty(firstName), blankToEmpty(lastName), birthDate, null, null,
        null, blank(municipalityCode) ? null : municipalityCode.trim(), null, false, List.of()), "REPORTED");
  }

  /** A person of the county without their guardians. Not logged: the caller logs the access it is part of. */
  @Transactional(readOnly = true)
  public Optional<Person> find(UUID countyId, UUID personId) {
    return byId(countyId, personId);
  }

  /** The guardians of a child (addresses under turvakielto removed). Not logged: the caller logs the access. */
  @Transactional(readOnly = true)
  public List<Person> guardiansOf(UUID countyId, UUID childId) {
    return jdbc.query(PersonQueries.GUARDIANS, new MapSqlParameterSource("childId", childId), PersonQueries.PERSON).stream()
        .filter(g -> byId(countyId, g.id()).isPresent())
        .map(Person::withoutProtectedAddress)
        .toList();
  }

  /** The county's person with this henkilötunnus, if known here. Not logged: the caller logs the search. */
  @Transactional(readOnly = true)
  public Optional<Person> findByCode(UUID countyId, PersonalIdentityCode code) {
    return byCode(countyId, code.value());
  }

  /**
   * The county's people with this last name and birth date (case-insensitive), and first name when given.
   * Not logged: the caller logs the search.
   */
  @Transactional(readOnly = true)
  public List<Person> findByNameAndBirthDate(UUID countyId, String firstName, String lastName, java.time.LocalDate birthDate) {
    return jdbc.query(
        PersonQueries.BY_NAME_AND_BIRTH_DATE,
        new MapSqlParameterSource("countyId", countyId)
            .addValue("lastName", blankToEmpty(lastName))
            .addValue("firstName", blank(firstName) ? null : firstName.trim())
            .addValue("birthDate", birthDate),
        PersonQueries.PERSON);
  }

  private Optional<Person> byId(UUID countyId, UUID id) {
    return jdbc.query(PersonQueries.BY_ID, new MapSqlParameterSource("id", id).addValue("countyId", countyId), PersonQueries.PERSON)
        .stream()
        .findFirst();
  }

  private Optional<Person> byCode(UUID countyId, String code) {
    return jdbc.query(PersonQueries.BY_CODE, new MapSqlParameterSource("code", code).addValue("countyId", countyId), PersonQueries.PERSON)
        .stream()
        .findFirst();
  }

  private UUID insert(UUID countyId, RegisterPerson p, String source) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        PersonQueries.INSERT,
        new MapSqlParameterSource()
            .addValue("id", id)
            .addValue("countyId", countyId)
            .addValue("firstName", p.firstName())
            .addValue("lastName", p.lastName())
            .addValue("code", p.personalIdentityCode())
            .addValue("birthDate", p.birthDate())
            .addValue("street", p.streetAddress())
            .addValue("postalCode", p.postalCode())
            .addValue("postOffice", p.postOffice())
            .addValue("municipality", p.municipalityCode())
            .addValue("language", p.language())
            .addValue("nonDisclosure", p.nonDisclosure())
            .addValue("source", source));
    // A concurrent insert of the same code won: use that row.
    return byCode(countyId, p.personalIdentityCode()).map(Person::id).orElse(id);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.trim();
  }
}
