package fi.verso.service;

import java.time.LocalDate;
import java.util.UUID;

/** An active client relationship of the child (CHILD_WELFARE or SHL_SPECIAL_SUPPORT) a measure can hang on. */
public record RelationshipOption(UUID id, String kind, LocalDate startedOn) {}
