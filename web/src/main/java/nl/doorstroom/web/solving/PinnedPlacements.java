package nl.doorstroom.web.solving;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.Placement;

/** Stores placements as pinned with the host they have, bumping their version. */
@Component
class PinnedPlacements {

    private final JdbcTemplate jdbc;

    PinnedPlacements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void pinAll(long programmeId, List<Placement> placements) {
        jdbc.batchUpdate("""
                update placement set pinned = true, host_code = ?::text, version = version + 1
                where programme_id = ? and participant_id = ? and period_id = ?""",
                placements.stream().map(p -> new Object[] {p.getHost() == null ? null : p.getHost().getCode(),
                        programmeId, p.getParticipant().getId(), p.getPeriod().getId()}).toList());
    }
}
