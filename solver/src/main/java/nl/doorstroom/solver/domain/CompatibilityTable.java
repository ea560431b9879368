package nl.doorstroom.solver.domain;

import java.util.EnumMap;
import java.util.Map;

/** Employer sector × host sector → allowed, allowed with secondment, or not allowed. */
public final class CompatibilityTable {

    private final Map<Sector, Map<Sector, Compatibility>> table = new EnumMap<>(Sector.class);

    public CompatibilityTable set(Sector employer, Sector host, Compatibility compatibility) {
        table.computeIfAbsent(employer, s -> new EnumMap<>(Sector.class)).put(host, compatibility);
        return this;
    }

    /** A pair the table does not mention is not allowed: mobility needs an agreed arrangement. */
    public Compatibility get(Sector employer, Sector host) {
        Map<Sector, Compatibility> row = table.get(employer);
        Compatibility compatibility = row == null ? null : row.get(host);
        return compatibility == null ? Compatibility.NOT_ALLOWED : compatibility;
    }

    public boolean mentions(Sector employer, Sector host) {
        Map<Sector, Compatibility> row = table.get(employer);
        return row != null && row.containsKey(host);
    }

    public CompatibilityTable copy() {
        CompatibilityTable copy = new CompatibilityTable();
        table.forEach((employer, row) -> row.forEach((host, c) -> copy.set(employer, host, c)));
        return copy;
    }
}
