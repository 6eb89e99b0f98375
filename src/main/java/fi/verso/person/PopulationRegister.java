package fi.verso.person;

import java.util.Optional;

/**
 * Port to the population register (DVV's väestötietojärjestelmä, VTJ). Outside our system, so it is a port:
 * production uses a VTJ adapter (not yet built); the demo and tests use {@link LocalDemoPopulationRegister}.
 */
public interface PopulationRegister {
  Optional<RegisterPerson> find(PersonalIdentityCode code);
}
