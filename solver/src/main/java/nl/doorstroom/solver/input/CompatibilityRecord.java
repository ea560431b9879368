package nl.doorstroom.solver.input;

import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.Sector;

/** One pair of the compatibility table; fields {@code employer_sector, host_sector, compatibility}. */
public record CompatibilityRecord(Origin origin, Sector employerSector, Sector hostSector,
        Compatibility compatibility) {
}
