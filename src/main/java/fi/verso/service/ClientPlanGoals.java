package fi.verso.service;

import java.util.Optional;
import java.util.UUID;

/**
 * Port: the goals of a child's current client plan (asiakassuunnitelma, LSL 30 §, SHL 39 §), which a new family
 * work period copies as its starting text. The plan module implements it when it lands; until then the worker
 * types the goals.
 */
public interface ClientPlanGoals {
  Optional<String> currentGoals(UUID childId);
}
