package fi.verso.decision;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision on a support measure was made (published in the deciding transaction; listeners that act on it
 * should do so after commit). The service module starts, changes or ends the measure from it.
 */
public record DecisionIssued(
    UUID decisionId,
    UUID childId,
    Measure measure,
    DecisionType type,
    LocalDate decidedOn,
    Optional<LocalDate> startsOn,
    Optional<LocalDate> endsOn,
    Optional<UUID> replaces) {}
