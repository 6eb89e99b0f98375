package fi.verso.assessment;

import fi.verso.client.DateInput;
import fi.verso.client.Lsl27Ground;
import fi.verso.client.TeamName;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A service need assessment as its page shows it. */
public record AssessmentView(
    UUID id,
    UUID countyId,
    UUID matterId,
    UUID childId,
    String childName,
    UUID teamId,
    TeamName team,
    UUID assignedWorkerId,
    String assignedWorker,
    Optional<UUID> workPairId,
    Optional<String> workPair,
    LocalDate startedOn,
    LocalDate completionDue,
    boolean open,
    Optional<LocalDate> childMetOn,
    Optional<String> notMetReason,
    Optional<String> childViewsMethod,
    Optional<String> childViewsContent,
    Optional<String> guardiansViews,
    Optional<String> summary,
    Optional<Conclusion> conclusion,
    Optional<Lsl27Ground> lsl27Ground,
    Optional<LocalDate> completedOn,
    Optional<String> completedBy,
    int version,
    List<Notice> notices) {

  /** The notice letter to the child and guardians, as sent. */
  public record Notice(NoticeLanguage language, String recipients, String body, LocalDate sentOn) {}

  public CompletionClock clock(LocalDate today) {
    return AssessmentRules.clock(completionDue, today, completedOn);
  }

  AssessmentView withNotices(List<Notice> found) {
    return new AssessmentView(id, countyId, matterId, childId, childName, teamId, team, assignedWorkerId, assignedWorker,
        workPairId, workPair, startedOn, completionDue, open, childMetOn, notMetReason, childViewsMethod, childViewsContent,
        guardiansViews, summary, conclusion, lsl27Ground, completedOn, completedBy, version, List.copyOf(found));
  }

  /** The saved work as form values (the completion-only fields empty). */
  public AssessmentForm asForm() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("childMetOn", childMetOn.map(DateInput::iso).orElse(""));
    v.put("notMetReason", notMetReason.orElse(""));
    v.put("childViewsMethod", childViewsMethod.orElse(""));
    v.put("childViewsContent", childViewsContent.orElse(""));
    v.put("guardiansViews", guardiansViews.orElse(""));
    v.put("summary", summary.orElse(""));
    v.put("workPair", workPairId.map(UUID::toString).orElse(""));
    v.put("conclusion", conclusion.map(Enum::name).orElse(""));
    v.put("lsl27Ground", lsl27Ground.map(Enum::name).orElse(""));
    for (String f : AssessmentForm.COMPLETION_FIELDS) {
      v.put(f, "");
    }
    v.put("version", String.valueOf(version));
    return AssessmentForm.of(v);
  }
}
