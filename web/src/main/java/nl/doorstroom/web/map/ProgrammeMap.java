package nl.doorstroom.web.map;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Location;

/** What the map shows of one programme: its hosts with their placements, and one participant's commutes. */
@Repository
class ProgrammeMap {

    record HostPoint(String code, String name, String layer, double x, double y, int placed, double radius) {
    }

    record Commuter(String id, String name) {
    }

    record CommuteLine(String period, String hostName, double x1, double y1, double x2, double y2, int km) {
    }

    record Home(String label, double x, double y) {
    }

    private final JdbcClient jdbc;
    private final NetherlandsOutline outline;

    ProgrammeMap(JdbcClient jdbc, NetherlandsOutline outline) {
        this.jdbc = jdbc;
        this.outline = outline;
    }

    /** Hosts of the programme, sized by their draft placements (in one period, or in all when period is null). */
    List<HostPoint> hosts(long programmeId, String period) {
        return jdbc.sql("""
                select o.code, o.name, o.layer, o.latitude, o.longitude,
                       (select count(*) from placement p where p.programme_id = :programme and p.host_code = o.code
                            and (cast(:period as text) is null or p.period_id = :period))
                from organisation o
                where o.code in (select host_code from capacity_declaration where programme_id = :programme)
                order by o.name""")
                .param("programme", programmeId).param("period", period)
                .query((rs, i) -> {
                    Location at = new Location(rs.getDouble(4), rs.getDouble(5));
                    int placed = rs.getInt(6);
                    return new HostPoint(rs.getString(1), rs.getString(2), rs.getString(3), outline.x(at),
                            outline.y(at), placed, 3 + 2.2 * Math.sqrt(placed));
                })
                .list();
    }

    List<Commuter> participants(long programmeId) {
        return jdbc.sql("select id, name from participant where programme_id = ? order by name").param(programmeId)
                .query((rs, i) -> new Commuter(rs.getString(1), rs.getString(2))).list();
    }

    Home home(long programmeId, String participantId) {
        return jdbc.sql("select home, home_latitude, home_longitude from participant where programme_id = ? and id = ?")
                .params(programmeId, participantId)
                .query((rs, i) -> {
                    Location at = new Location(rs.getDouble(2), rs.getDouble(3));
                    return new Home(rs.getString(1), outline.x(at), outline.y(at));
                })
                .optional().orElse(null);
    }

    /** Lines from the participant's home to each draft host, with the estimated road distance. */
    List<CommuteLine> commutes(long programmeId, String participantId) {
        return jdbc.sql("""
                select pl.period_id, o.name, x.home_latitude, x.home_longitude, o.latitude, o.longitude, k.km
                from placement pl
                join participant x on x.programme_id = pl.programme_id and x.id = pl.participant_id
                join organisation o on o.code = pl.host_code
                join period pe on pe.programme_id = pl.programme_id and pe.id = pl.period_id
                left join known_commute k on k.programme_id = pl.programme_id and k.participant_id = pl.participant_id
                    and k.host_code = pl.host_code
                where pl.programme_id = ? and pl.participant_id = ? order by pe.idx""")
                .params(programmeId, participantId)
                .query((rs, i) -> {
                    Location home = new Location(rs.getDouble(3), rs.getDouble(4));
                    Location host = new Location(rs.getDouble(5), rs.getDouble(6));
                    Integer known = (Integer) rs.getObject(7);
                    int km = known != null ? known : Commute.estimate(home, host).km();
                    return new CommuteLine(rs.getString(1), rs.getString(2), outline.x(home), outline.y(home),
                            outline.x(host), outline.y(host), km);
                })
                .list();
    }
}
