package fi.verso.service;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.organisation.Municipality;
import fi.verso.organisation.Organisation;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.web.FieldProblem;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's register of support persons and support families (SHL 28 §, LSL 36 §). The people in it are
 * volunteers, not clients: changes are logged as administration, reads are not client data.
 */
@Service
public class SupportRegister {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final AccessLog accessLog;
  private final Organisation organisation;

  SupportRegister(NamedParameterJdbcTemplate jdbc, Clock clock, AccessLog accessLog, Organisation organisation) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.accessLog = accessLog;
    this.organisation = organisation;
  }

  /** Narrows the register; a null part matches everyone. */
  public record Filter(SupportProviderKind kind, SupportLanguage language, String area, Availability availability) {
    public static final Filter ALL = new Filter(null, null, null, null);

    public String kindCode() {
      return kind == null ? "" : kind.name();
    }

    public String languageCode() {
      return language == null ? "" : language.code();
    }

    public String areaCode() {
      return area == null ? "" : area;
    }

    public String availabilityCode() {
      return availability == null ? "" : availability.name();
    }
  }

  @Transactional(readOnly = true)
  public List<SupportProvider> find(UUID countyId, Filter filter) {
    LocalDate today = today();
    return jdbc.query(
        SupportQueries.PROVIDERS,
        new MapSqlParameterSource("countyId", countyId)
            .addValue("kind", filter.kind() == null ? null : filter.kind().name())
            .addValue("language", filter.language() == null ? null : filter.language().code())
            .addValue("area", filter.area())
            .addValue("availability", filter.availability() == null ? null : filter.availability().name()),
        (rs, i) -> provider(rs, today));
  }

  @Transactional(readOnly = true)
  public Optional<SupportProvider> get(UUID countyId, UUID id) {
    LocalDate today = today();
    return jdbc.query(
            SupportQueries.PROVIDER,
            new MapSqlParameterSource("countyId", countyId).addValue("id", id),
            (rs, i) -> provider(rs, today))
        .stream()
        .findFirst();
  }

  @Transactional
  public Outcome create(Actor.Employee actor, SupportForms.Provider form) {
    return save(actor, null, form);
  }

  /** Saves over the version the form was opened on; a change made meanwhile by someone else is refused. */
  @Transactional
  public Outcome update(Actor.Employee actor, UUID id, SupportForms.Provider form) {
    return save(actor, id, form);
  }

  private Outcome save(Actor.Employee actor, UUID existing, SupportForms.Provider form) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = today();
    SupportProviderKind kind = FormInput.choice(SupportProviderKind.class, form.providerKind(), "providerKind", true, problems);
    String name = FormInput.text(form.providerName(), "providerName", true, FormInput.MAX_LINE, problems);
    String contact = FormInput.text(form.providerContact(), "providerContact", true, FormInput.MAX_LINE, problems);
    String course = FormInput.text(form.providerTrainingCourse(), "providerTrainingCourse", false, FormInput.MAX_LINE, problems);
    LocalDate trained = FormInput.date(form.providerTrainedOn(), "providerTrainedOn", false, problems);
    if (trained != null && trained.isAfter(today)) {
      problems.add(new FieldProblem("providerTrainedOn", "service.error.dateInFuture"));
    }
    if (trained != null && course == null) {
      problems.add(new FieldProblem("providerTrainingCourse", "service.error.courseForDate"));
    }
    LocalDate checked = FormInput.date(form.providerRecordCheckedOn(), "providerRecordCheckedOn", false, problems);
    if (checked != null && checked.isAfter(today)) {
      problems.add(new FieldProblem("providerRecordCheckedOn", "service.error.dateInFuture"));
    }
    Set<String> languages = new LinkedHashSet<>();
    for (String code : form.providerLanguages()) {
      SupportLanguage.fromCode(code).ifPresentOrElse(
          l -> languages.add(l.code()), () -> problems.add(new FieldProblem("providerLanguages", "service.error.choose")));
    }
    if (form.providerLanguages().isEmpty()) {
      problems.add(new FieldProblem("providerLanguages", "service.error.chooseOne"));
    }
    Set<String> known = municipalityCodes(actor.countyId());
    Set<String> areas = new LinkedHashSet<>();
    for (String code : form.providerAreas()) {
      if (known.contains(code)) {
        areas.add(code);
      } else {
        problems.add(new FieldProblem("providerAreas", "service.error.choose"));
      }
    }
    if (form.providerAreas().isEmpty()) {
      problems.add(new FieldProblem("providerAreas", "service.error.chooseOne"));
    }
    Availability availability = FormInput.choice(Availability.class, form.providerAvailability(), "providerAvailability", true, problems);
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    UUID id = existing == null ? UUID.randomUUID() : existing;
    Timestamp now = Timestamp.from(clock.instant());
    MapSqlParameterSource p =
        new MapSqlParameterSource("id", id)
            .addValue("countyId", actor.countyId())
            .addValue("kind", kind.name())
            .addValue("name", name)
            .addValue("contact", contact)
            .addValue("trainingCourse", course)
            .addValue("trainingCompletedOn", trained)
            .addValue("checkedOn", checked)
            .addValue("languages", "{" + String.join(",", languages) + "}")
            .addValue("availability", availability.name())
            .addValue("now", now);
    if (existing == null) {
      jdbc.update(SupportQueries.INSERT_PROVIDER, p);
    } else {
      int version;
      try {
        version = Integer.parseInt(form.version());
      } catch (NumberFormatException e) {
        version = -1;
      }
      if (jdbc.update(SupportQueries.UPDATE_PROVIDER, p.addValue("version", version)) == 0) {
        return new Outcome.Refused(List.of(new FieldProblem("providerName", "service.error.stale")), true);
      }
      jdbc.update(SupportQueries.DELETE_AREAS, p);
    }
    for (String area : areas) {
      jdbc.update(SupportQueries.INSERT_AREA, new MapSqlParameterSource(p.getValues()).addValue("code", area));
    }
    accessLog.record(actor, Action.SUPPORT_REGISTER_MANAGE, Purpose.ADMINISTRATION, AccessTarget.of("support_provider", id));
    return new Outcome.Done(id);
  }

  public List<Municipality> municipalities(UUID countyId) {
    return organisation.municipalities(countyId);
  }

  private Set<String> municipalityCodes(UUID countyId) {
    Set<String> codes = new LinkedHashSet<>();
    organisation.municipalities(countyId).forEach(m -> codes.add(m.code()));
    return codes;
  }

  static SupportProvider provider(ResultSet rs, LocalDate today) throws SQLException {
    LocalDate checked = rs.getObject("criminal_record_checked_on", LocalDate.class);
    return new SupportProvider(
        rs.getObject("id", UUID.class),
        SupportProviderKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("contact"),
        rs.getString("training_course"),
        rs.getObject("training_completed_on", LocalDate.class),
        checked,
        strings(rs.getArray("languages")).stream().flatMap(c -> SupportLanguage.fromCode(c).stream()).toList(),
        strings(rs.getArray("areas")),
        Availability.valueOf(rs.getString("availability")),
        rs.getInt("version"),
        CriminalRecordCheck.status(checked, today));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  private LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }
}
