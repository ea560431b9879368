package nl.doorstroom.web.publishing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Sector;

/**
 * The organisations a published version names, as the solver's domain objects. A version may name a host
 * the programme no longer mentions (its capacity was withdrawn later), so the plan's own list is not enough.
 */
@Repository
public class HostOrganisations {

    private final JdbcClient jdbc;

    HostOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Finds an organisation by code, first in the plan, then among the stored ones; null for a null code. */
    public Function<String, Organisation> lookup(Plan plan) {
        Map<String, Organisation> byCode = new HashMap<>();
        plan.getOrganisations().forEach(o -> byCode.put(o.getCode(), o));
        return code -> code == null ? null : byCode.computeIfAbsent(code, this::stored);
    }

    private Organisation stored(String code) {
        return jdbc.sql("select code, name, layer, sector, town, latitude, longitude from organisation where code = ?")
                .param(code)
                .query((rs, i) -> new Organisation(rs.getString(1), rs.getString(2), Layer.valueOf(rs.getString(3)),
                        Sector.valueOf(rs.getString(4)), rs.getString(5),
                        new Location(rs.getDouble(6), rs.getDouble(7))))
                .single();
    }
}
