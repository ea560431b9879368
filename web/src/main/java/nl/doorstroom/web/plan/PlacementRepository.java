package nl.doorstroom.web.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.input.PathOrigin;
import nl.doorstroom.solver.input.PlacementRecord;

/**
 * The draft plan: one row per participant and planned period, its host, whether it is pinned, and a version that
 * every change raises so an edit made on stale data is refused.
 */
@Repository
public class PlacementRepository {

    /** A stored placement as an edit reads it. */
    public record Row(String host, boolean pinned, int version) {
        @Override
        public String toString() {
            return "host " + (host == null ? "-" : host) + (pinned ? ", pinned" : ", not pinned") + ", version "
                    + version;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PlacementRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insertAll(long programmeId, List<Placement> placements) {
        batch.batchUpdate("""
                insert into placement (programme_id, participant_id, period_id, host_code, pinned)
                values (?, ?, ?, ?, ?)""",
                placements.stream().map(p -> new Object[] {programmeId, p.getParticipant().getId(),
                        p.getPeriod().getId(), hostOf(p), p.isPinned()}).toList());
    }

    /** Empty placements for a participant who joins, one in each period they are planned in. */
    public void insertEmpty(long programmeId, String participantId, List<Period> periods) {
        batch.batchUpdate("insert into placement (programme_id, participant_id, period_id) values (?, ?, ?)",
                periods.stream().map(p -> new Object[] {programmeId, participantId, p.getId()}).toList());
    }

    /**
     * The draft as records, each with the host the latest published version gives it (for re-planning, rule 11),
     * located as {@code placements[T01@2027-H1].host}.
     */
    public List<PlacementRecord> records(long programmeId, Map<String, String> publishedHosts) {
        return jdbc.sql("""
                select participant_id, period_id, host_code, pinned from placement where programme_id = ?
                order by participant_id, period_id""")
                .param(programmeId)
                .query((rs, i) -> {
                    String id = rs.getString(1) + "@" + rs.getString(2);
                    return new PlacementRecord(PathOrigin.of("placements[" + id + "]"), rs.getString(1),
                            rs.getString(2), rs.getString(3), rs.getBoolean(4), publishedHosts.get(id));
                })
                .list();
    }

    /** The version of every placement, by placement id. */
    public Map<String, Integer> versions(long programmeId) {
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("select participant_id, period_id, version from placement where programme_id = ?")
                .param(programmeId)
                .query(rs -> {
                    versions.put(rs.getString(1) + "@" + rs.getString(2), rs.getInt(3));
                });
        return versions;
    }

    public Optional<Row> find(long programmeId, String participantId, String periodId) {
        return jdbc.sql("""
                select host_code, pinned, version from placement
                where programme_id = ? and participant_id = ? and period_id = ?""")
                .params(programmeId, participantId, periodId)
                .query((rs, i) -> new Row(rs.getString(1), rs.getBoolean(2), rs.getInt(3))).optional();
    }

    /** Sets host and pin of the placement read at {@code version}; false when it changed meanwhile. */
    public boolean update(long programmeId, String participantId, String periodId, String host, boolean pinned,
            int version) {
        return jdbc.sql("""
                update placement set host_code = ?::text, pinned = ?, version = version + 1
                where programme_id = ? and participant_id = ? and period_id = ? and version = ?""")
                .params(host, pinned, programmeId, participantId, periodId, version).update() == 1;
    }

    /** Stores the solver's hosts of the unpinned placements that changed; their version goes up. */
    public void storeSolved(long programmeId, List<Placement> placements) {
        batch.batchUpdate("""
                update placement set host_code = ?::text, version = version + 1
                where programme_id = ? and participant_id = ? and period_id = ? and not pinned
                  and host_code is distinct from ?::text""",
                placements.stream().filter(p -> !p.isPinned())
                        .map(p -> new Object[] {hostOf(p), programmeId, p.getParticipant().getId(),
                                p.getPeriod().getId(), hostOf(p)})
                        .toList());
    }

    /**
     * Gives the stored placements the hosts and pins of those given (an adopted what-if variant's); a placement
     * whose host or pin changes gets a new version, the others keep theirs.
     */
    public void storeAll(long programmeId, List<Placement> placements) {
        batch.batchUpdate("""
                update placement set host_code = ?::text, pinned = ?, version = version + 1
                where programme_id = ? and participant_id = ? and period_id = ?
                  and (host_code is distinct from ?::text or pinned <> ?)""",
                placements.stream().map(p -> new Object[] {hostOf(p), p.isPinned(), programmeId,
                        p.getParticipant().getId(), p.getPeriod().getId(), hostOf(p), p.isPinned()}).toList());
    }

    /** Stores the placements as pinned with the host they have, raising their version. */
    public void pinAll(long programmeId, List<Placement> placements) {
        batch.batchUpdate("""
                update placement set pinned = true, host_code = ?::text, version = version + 1
                where programme_id = ? and participant_id = ? and period_id = ?""",
                placements.stream().map(p -> new Object[] {hostOf(p), programmeId, p.getParticipant().getId(),
                        p.getPeriod().getId()}).toList());
    }

    private static String hostOf(Placement placement) {
        return placement.getHost() == null ? null : placement.getHost().getCode();
    }
}
