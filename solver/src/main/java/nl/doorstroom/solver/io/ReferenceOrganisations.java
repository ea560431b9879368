package nl.doorstroom.solver.io;

import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.Organisation;

/** The Dutch public organisations built into Doorstroom (data/reference/organisations.csv). */
public final class ReferenceOrganisations {

    private ReferenceOrganisations() {
    }

    public static List<Organisation> all() {
        return List.copyOf(Organisations.read(new ReadContext(ProgrammeSource.of(Map.of()))).byCode().values());
    }
}
