package nl.doorstroom.solver.io;

import java.util.List;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.input.ReferenceData;

/** The Dutch public organisations and the default compatibility table built into Doorstroom (data/reference). */
public final class ReferenceOrganisations {

    private ReferenceOrganisations() {
    }

    public static List<Organisation> all() {
        return BuiltInReference.data().organisations();
    }

    public static ReferenceData data() {
        return BuiltInReference.data();
    }
}
