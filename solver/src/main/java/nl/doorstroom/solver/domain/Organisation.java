package nl.doorstroom.solver.domain;

import java.util.Objects;

/**
 * A public organisation: a possible host and/or employer.
 * Identity is the code (CBS {@code GM0363}, {@code PV27}, {@code WS0155}, ministry abbreviations).
 */
public final class Organisation {

    private final String code;
    private final String name;
    private final Layer layer;
    private final Sector sector;
    private final String town;
    private final Location location;

    public Organisation(String code, String name, Layer layer, Sector sector, String town, Location location) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.layer = Objects.requireNonNull(layer);
        this.sector = Objects.requireNonNull(sector);
        this.town = Objects.requireNonNull(town);
        this.location = Objects.requireNonNull(location);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Layer getLayer() {
        return layer;
    }

    public Sector getSector() {
        return sector;
    }

    public String getTown() {
        return town;
    }

    public Location getLocation() {
        return location;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
