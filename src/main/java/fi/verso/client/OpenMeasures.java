package fi.verso.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Port: the support measures still running for a child on a date. A client relationship closes only once
 * its measures have ended. The service module implements it; the client module does not read its tables.
 */
public interface OpenMeasures {
  /** A code per measure still running: {@code FAMILY_WORK} or {@code SUPPORT_MATCH}. */
  List<String> stillRunning(UUID childId, LocalDate on);
}
