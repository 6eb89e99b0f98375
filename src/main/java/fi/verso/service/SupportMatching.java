package fi.verso.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a child may be matched with a support person or family: they must be available now, and their criminal
 * record check ({@link CriminalRecordCheck}) must be recent enough. The register still lists everyone, flagged.
 */
public final class SupportMatching {
  private SupportMatching() {}

  /** Message keys of what stands in the way; empty when the match may be made. */
  public static List<String> problems(Availability availability, CriminalRecordCheck.Status check) {
    List<String> problems = new ArrayList<>();
    if (availability != Availability.AVAILABLE) {
      problems.add("service.error.providerNotAvailable");
    }
    if (check.flagged()) {
      problems.add("service.error.criminalRecordCheck");
    }
    return problems;
  }
}
