package nl.doorstroom.web.board;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.explanation.ExplainedPlan;
import nl.doorstroom.web.explanation.PlanReader;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/**
 * A coordinator moves a placement (which pins it), pins or unpins it. Each change names the version it was
 * made on, waits for no solver (refused while one runs), leaves a plan whose pinned placements break no hard
 * rule, and is audited in the same transaction; otherwise nothing changes.
 */
@Service
class PlacementMoves {

    record Result(PlacementBoard.PlacementView placement, String score, boolean usable) {
    }

    private record Row(String host, boolean pinned, int version) {
        @Override
        public String toString() {
            return "host " + (host == null ? "-" : host) + (pinned ? ", pinned" : ", not pinned") + ", version "
                    + version;
        }
    }

    private final JdbcClient jdbc;
    private final SolvingGuard solving;
    private final PlanReader reader;
    private final AuditLog audit;

    PlacementMoves(JdbcClient jdbc, SolvingGuard solving, PlanReader reader,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.solving = solving;
        this.reader = reader;
        this.audit = audit;
    }

    /** Puts the placement at {@code host} (blank: no host, for a pool member between assignments) and pins it. */
    @Transactional
    Result move(long programmeId, String participantId, String periodId, String host, Integer version,
            String username) {
        String newHost = host == null || host.isBlank() ? null : host.trim();
        Row before = editable(programmeId, participantId, periodId, version);
        if (newHost != null && jdbc.sql("select count(*) from organisation where code = ?").param(newHost)
                .query(Integer.class).single() == 0) {
            throw new BadRequestException("unknown organisation '" + newHost + "'");
        }
        return change(programmeId, participantId, periodId, before, newHost, true, "placement.move", username);
    }

    @Transactional
    Result pin(long programmeId, String participantId, String periodId, Integer version, String username) {
        Row before = editable(programmeId, participantId, periodId, version);
        return change(programmeId, participantId, periodId, before, before.host(), true, "placement.pin", username);
    }

    @Transactional
    Result unpin(long programmeId, String participantId, String periodId, Integer version, String username) {
        Row before = editable(programmeId, participantId, periodId, version);
        return change(programmeId, participantId, periodId, before, before.host(), false, "placement.unpin",
                username);
    }

    private Row editable(long programmeId, String participantId, String periodId, Integer version) {
        if (version == null) {
            throw new BadRequestException("version is required: send the version of the placement you read");
        }
        solving.lockForChange(programmeId);
        Row row = jdbc.sql("""
                select host_code, pinned, version from placement
                where programme_id = ? and participant_id = ? and period_id = ?""")
                .params(programmeId, participantId, periodId)
                .query((rs, i) -> new Row(rs.getString(1), rs.getBoolean(2), rs.getInt(3))).optional()
                .orElseThrow(() -> new NotFoundException("no placement of " + participantId + " in " + periodId
                        + " in programme " + programmeId));
        if (row.version() != version) {
            throw ConflictException.staleEdit("the placement of " + participantId + " in " + periodId);
        }
        return row;
    }

    private Result change(long programmeId, String participantId, String periodId, Row before, String host,
            boolean pinned, String action, String username) {
        int updated = jdbc.sql("""
                update placement set host_code = ?::text, pinned = ?, version = version + 1
                where programme_id = ? and participant_id = ? and period_id = ? and version = ?""")
                .params(host, pinned, programmeId, participantId, periodId, before.version()).update();
        if (updated == 0) {
            throw ConflictException.staleEdit("the placement of " + participantId + " in " + periodId);
        }
        Row after = new Row(host, pinned, before.version() + 1);
        // Reading the plan back refuses (and so rolls back) a pinned placement that breaks a hard rule.
        ExplainedPlan explained = reader.read(programmeId);
        var placement = PlanReader.placement(explained, programmeId, participantId, periodId);
        audit.record(username, action, programmeId, "placement " + participantId + "@" + periodId, before.toString(),
                after + ", plan score " + explained.explanation().score());
        return new Result(PlacementBoard.view(explained, placement, after.version()),
                explained.explanation().score().toString(), explained.explanation().isUsable());
    }
}
