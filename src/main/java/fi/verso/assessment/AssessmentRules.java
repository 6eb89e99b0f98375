package fi.verso.assessment;

import fi.verso.client.Lsl27Ground;
import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of working on and completing a service need assessment, as one pure policy (legal-rules.md
 * sections 2-4):
 *
 * <ul>
 *   <li>The child is met personally (LSL 29 §, SHL 42 §); an assessment may be completed without meeting the
 *       child only with the reason recorded.
 *   <li>The child's own views are recorded with the method used and their main content (LSL 20 §, SHL 32 §):
 *       required when the child was met.
 *   <li>A conclusion is required; a child welfare client relationship needs its LSL 27 § ground, and a client
 *       relationship of either kind needs a responsible social worker.
 *   <li>The completion is told to the child and guardians: the date, the recipients and the letter's language.
 * </ul>
 */
public final class AssessmentRules {
  public static final int METHOD_MAX = 300;
  public static final int TEXT_MAX = 20_000;
  public static final int RECIPIENTS_MAX = 500;

  private AssessmentRules() {}

  /** The work so far, as parsed from the form. Blank texts are null. */
  public record Draft(
      LocalDate childMetOn,
      String notMetReason,
      String childViewsMethod,
      String childViewsContent,
      String guardiansViews,
      String summary,
      UUID workPair,
      Conclusion conclusion,
      Lsl27Ground lsl27Ground) {

    /** The ground applies only to a child welfare conclusion; with any other it is dropped, not kept unseen. */
    public Draft normalised() {
      return conclusion != null && conclusion.needsLsl27Ground()
          ? this
          : new Draft(childMetOn, notMetReason, childViewsMethod, childViewsContent, guardiansViews, summary, workPair, conclusion, null);
    }
  }

  /** What completing adds to the draft: the responsible worker (for a relationship) and the notice. */
  public record Completion(UUID responsibleWorker, LocalDate noticeSentOn, NoticeLanguage noticeLanguage, String noticeRecipients) {}

  /** Problems with saving the draft: only what can never be right (a meeting in the future, too long texts). */
  public static List<FieldProblem> draftProblems(Draft d, UUID assignedWorker, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (d.childMetOn() != null && d.childMetOn().isAfter(today)) {
      problems.add(new FieldProblem("childMetOn", "assessment.error.dateInFuture"));
    }
    length(problems, "childViewsMethod", d.childViewsMethod(), METHOD_MAX);
    length(problems, "notMetReason", d.notMetReason(), TEXT_MAX);
    length(problems, "childViewsContent", d.childViewsContent(), TEXT_MAX);
    length(problems, "guardiansViews", d.guardiansViews(), TEXT_MAX);
    length(problems, "summary", d.summary(), TEXT_MAX);
    if (d.workPair() != null && d.workPair().equals(assignedWorker)) {
      problems.add(new FieldProblem("workPair", "assessment.error.workPairIsAssessor"));
    }
    return problems;
  }

  /** Every reason the assessment cannot be completed as it stands. Empty means it can. */
  public static List<FieldProblem> completionProblems(Draft d, Completion c, UUID assignedWorker, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>(draftProblems(d, assignedWorker, today));
    if (!childMetOrReasonGiven(d.childMetOn(), d.notMetReason())) {
      problems.add(new FieldProblem("childMetOn", "assessment.error.childNotMet"));
    }
    if (d.childMetOn() != null && (d.childViewsMethod() == null || d.childViewsContent() == null)) {
      problems.add(
          new FieldProblem(
              d.childViewsMethod() == null ? "childViewsMethod" : "childViewsContent", "assessment.error.childViewsRequired"));
    }
    if (d.summary() == null) {
      problems.add(new FieldProblem("summary", "assessment.error.summaryRequired"));
    }
    if (d.conclusion() == null) {
      problems.add(new FieldProblem("conclusion", "assessment.error.conclusionRequired"));
    } else {
      if (d.conclusion().needsLsl27Ground() && d.lsl27Ground() == null) {
        problems.add(new FieldProblem("lsl27Ground", "assessment.error.groundRequired"));
      }
      if (d.conclusion().startsRelationship().isPresent() && c.responsibleWorker() == null) {
        problems.add(new FieldProblem("responsibleWorker", "assessment.error.responsibleWorkerRequired"));
      }
    }
    if (c.noticeSentOn() == null) {
      problems.add(new FieldProblem("noticeSentOn", "assessment.error.noticeDateRequired"));
    } else if (c.noticeSentOn().isAfter(today)) {
      problems.add(new FieldProblem("noticeSentOn", "assessment.error.dateInFuture"));
    }
    if (c.noticeLanguage() == null) {
      problems.add(new FieldProblem("noticeLanguage", "assessment.error.noticeLanguageRequired"));
    }
    if (c.noticeRecipients() == null) {
      problems.add(new FieldProblem("noticeRecipients", "assessment.error.noticeRecipientsRequired"));
    } else {
      length(problems, "noticeRecipients", c.noticeRecipients(), RECIPIENTS_MAX);
    }
    return problems;
  }

  public static boolean canComplete(Draft d, Completion c, UUID assignedWorker, LocalDate today) {
    return completionProblems(d, c, assignedWorker, today).isEmpty();
  }

  /** Completing needs the child met personally, or a recorded reason why not (LSL 29 §). */
  public static boolean childMetOrReasonGiven(LocalDate childMetOn, String notMetReason) {
    return childMetOn != null || (notMetReason != null && !notMetReason.isBlank());
  }

  /** The completion clock in calendar days (the due date is a plain date, see {@link CompletionClock}). */
  public static CompletionClock clock(LocalDate due, LocalDate today, Optional<LocalDate> completedOn) {
    if (completedOn.isPresent()) {
      long late = ChronoUnit.DAYS.between(due, completedOn.get());
      return late > 0
          ? new CompletionClock(due, CompletionClock.State.COMPLETED_LATE, late)
          : new CompletionClock(due, CompletionClock.State.COMPLETED_IN_TIME, 0);
    }
    long left = ChronoUnit.DAYS.between(today, due);
    if (left > 0) {
      return new CompletionClock(due, CompletionClock.State.DUE_LATER, left);
    }
    if (left == 0) {
      return new CompletionClock(due, CompletionClock.State.DUE_TODAY, 0);
    }
    return new CompletionClock(due, CompletionClock.State.OVERDUE, -left);
  }

  private static void length(List<FieldProblem> problems, String field, String text, int max) {
    if (text != null && text.length() > max) {
      problems.add(new FieldProblem(field, "assessment.error.tooLong", List.of(max)));
    }
  }
}
