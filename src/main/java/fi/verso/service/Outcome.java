package fi.verso.service;

import fi.verso.shared.web.FieldProblem;
import java.util.List;
import java.util.UUID;

/** A change either done (with what to show next) or refused with every problem found. */
public sealed interface Outcome {
  record Done(UUID id) implements Outcome {}

  /** @param conflict the record had moved on meanwhile (ended, closed), not a typing error */
  record Refused(List<FieldProblem> problems, boolean conflict) implements Outcome {
    public Refused(List<FieldProblem> problems) {
      this(List.copyOf(problems), false);
    }
  }
}
