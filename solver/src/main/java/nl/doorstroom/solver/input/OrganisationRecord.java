package nl.doorstroom.solver.input;

import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Sector;

/** An organisation a programme adds or corrects; fields {@code code, name, layer, sector, town, latitude, longitude}. */
public record OrganisationRecord(Origin origin, String code, String name, Layer layer, Sector sector, String town,
        Double latitude, Double longitude, String province, Integer population) {
}
