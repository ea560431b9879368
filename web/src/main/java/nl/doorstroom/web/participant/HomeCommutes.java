package nl.doorstroom.web.participant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Location;

/**
 * A participant's commutes to a few hosts, read from the database into the solver's own {@link Commute}: the
 * known distance where the programme gave one, else the solver's estimate from the stored home position. The
 * same answer as the participant in a loaded plan, without loading the programme for every request.
 */
@Repository
class HomeCommutes {

    /** Commutes by host code; a host without a position gets none. */
    record Commutes(Map<String, Commute> byHost) {
    }

    private final JdbcClient jdbc;

    HomeCommutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the home position is not stored (a participant added by hand): then only the full plan knows. */
    Optional<Commutes> of(long programmeId, String participantId, List<String> hostCodes) {
        Optional<Location> home = jdbc.sql("""
                select home_latitude, home_longitude from participant
                where programme_id = ? and id = ? and home_latitude is not null and home_longitude is not null""")
                .params(programmeId, participantId)
                .query((rs, i) -> new Location(rs.getDouble(1), rs.getDouble(2))).optional();
        if (home.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Commute> byHost = new HashMap<>();
        jdbc.sql("select code, latitude, longitude from organisation where code = any(?)")
                .param(hostCodes.stream().distinct().toArray(String[]::new))
                .query(rs -> {
                    byHost.put(rs.getString(1), Commute.estimate(home.get(), new Location(rs.getDouble(2), rs.getDouble(3))));
                });
        jdbc.sql("select host_code, km, minutes from known_commute where programme_id = ? and participant_id = ?")
                .params(programmeId, participantId)
                .query(rs -> {
                    byHost.put(rs.getString(1), new Commute(rs.getInt(2), rs.getInt(3)));
                });
        return Optional.of(new Commutes(byHost));
    }
}
