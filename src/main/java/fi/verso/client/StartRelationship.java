package fi.verso.client;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Start a client relationship: from a completed service need assessment (or, later, from urgent measures).
 *
 * @param basis the LSL 27 § ground ({@link Lsl27Ground} name) for child welfare, {@link RelationshipKind#SHL_BASIS}
 *     for special support under SHL
 * @param assessmentId the assessment that concluded it, or null
 * @param workPairId optional
 */
public record StartRelationship(
    UUID countyId,
    UUID childId,
    UUID teamId,
    RelationshipKind kind,
    String basis,
    LocalDate startedOn,
    UUID assessmentId,
    UUID responsibleWorkerId,
    UUID workPairId) {}
