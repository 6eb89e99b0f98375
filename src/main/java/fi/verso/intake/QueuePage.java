package fi.verso.intake;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The intake queue of one's teams, with the filters as chosen. */
public record QueuePage(
    List<QueueRow> rows,
    boolean truncated,
    LocalDate today,
    Optional<MatterKind> kind,
    QueueStateFilter state,
    boolean registeredElsewhere) {

  /** A form a worker can register a phone, paper or in-person matter with. */
  public record RegistrationLink(String path, MatterKind kind) {}

  public List<MatterKind> kinds() {
    return List.of(MatterKind.values());
  }

  public List<QueueStateFilter> states() {
    return List.of(QueueStateFilter.values());
  }

  public boolean isKind(MatterKind k) {
    return kind.filter(k::equals).isPresent();
  }

  public List<RegistrationLink> registrationLinks() {
    return CitizenIntakeController.FORMS.entrySet().stream()
        .map(e -> new RegistrationLink("/employee/intake/register/" + e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(RegistrationLink::kind))
        .toList();
  }
}
