package fi.verso.plan;

import java.time.Instant;
import java.util.UUID;

/** One saved revision of a client plan: never changed once saved. */
public record PlanRevision(UUID id, int number, PlanContent content, String savedBy, Instant savedAt) {}
