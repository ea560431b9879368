package nl.doorstroom.solver.input;

import java.util.List;

import nl.doorstroom.solver.domain.CompatibilityTable;
import nl.doorstroom.solver.domain.Organisation;

/**
 * What every programme starts from: the Dutch public organisations and the default compatibility table. A
 * programme adds to these or corrects them for itself only.
 */
public record ReferenceData(List<Organisation> organisations, CompatibilityTable compatibility) {

    public ReferenceData {
        organisations = List.copyOf(organisations);
        compatibility = compatibility.copy();
    }
}
