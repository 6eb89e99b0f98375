package fi.verso.plan;

import java.time.LocalDate;

/** A goal of the client plan, the estimated time to reach it (LSL 30 §) and where it stands. */
public record PlanGoal(String goal, LocalDate estimatedBy, GoalStatus status) {}
