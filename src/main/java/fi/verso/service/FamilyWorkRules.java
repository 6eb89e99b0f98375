package fi.verso.service;

import fi.verso.shared.web.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules of a family work period: which relationship allows which kind, what a visit and an ending need. */
public final class FamilyWorkRules {
  /** The longest visit one row may hold; a whole day's work with a family is already exceptional. */
  static final BigDecimal MAX_VISIT_HOURS = new BigDecimal("24");

  private FamilyWorkRules() {}

  /**
   * Intensified family work is a child welfare open-care measure (LSL 36 §): only on a child welfare client
   * relationship. Family work (SHL 18 §) goes with either kind.
   */
  public static boolean kindAllowed(FamilyWorkKind kind, String relationshipKind) {
    return kind != FamilyWorkKind.INTENSIFIED_FAMILY_WORK || "CHILD_WELFARE".equals(relationshipKind);
  }

  /**
   * Hours as a worker types them: "1,5" or "1.5", more than zero, at most {@link #MAX_VISIT_HOURS}, in
   * hundredths at the finest. Empty when the text is no such number.
   */
  public static Optional<BigDecimal> hours(String typed) {
    if (typed == null || !typed.strip().matches("\\d{1,2}([.,]\\d{1,2})?")) {
      return Optional.empty();
    }
    BigDecimal hours = new BigDecimal(typed.strip().replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY);
    if (hours.signum() <= 0 || hours.compareTo(MAX_VISIT_HOURS) > 0) {
      return Optional.empty();
    }
    return Optional.of(hours);
  }

  /**
   * A visit is recorded after it happened, within the period: not before its start, not in the future. The
   * next visit agreed, if any, lies after the visit and not in the past.
   */
  public static List<FieldProblem> visitDates(LocalDate periodStart, LocalDate visitedOn, LocalDate nextVisit, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (visitedOn != null && visitedOn.isAfter(today)) {
      problems.add(new FieldProblem("visitDate", "service.error.visitInFuture"));
    } else if (visitedOn != null && visitedOn.isBefore(periodStart)) {
      problems.add(new FieldProblem("visitDate", "service.error.beforePeriodStart"));
    }
    if (nextVisit != null && (nextVisit.isBefore(today) || (visitedOn != null && !nextVisit.isAfter(visitedOn)))) {
      problems.add(new FieldProblem("nextVisit", "service.error.nextVisitPast"));
    }
    return problems;
  }

  /** A period ends on a day between its start and today, and only with an end summary. */
  public static List<FieldProblem> ending(LocalDate periodStart, LocalDate endDate, String summary, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (endDate != null && endDate.isAfter(today)) {
      problems.add(new FieldProblem("periodEndDate", "service.error.endInFuture"));
    } else if (endDate != null && endDate.isBefore(periodStart)) {
      problems.add(new FieldProblem("periodEndDate", "service.error.beforePeriodStart"));
    }
    if (summary == null || summary.isBlank()) {
      problems.add(new FieldProblem("periodEndSummary", "service.error.summaryRequired"));
    }
    return problems;
  }
}
