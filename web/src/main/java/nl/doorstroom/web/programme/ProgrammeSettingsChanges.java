package nl.doorstroom.web.programme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/**
 * A coordinator changes a programme's name or rules. The periods stay as they are: placements,
 * capacity and published versions hang on them.
 */
@Service
class ProgrammeSettingsChanges {

    /** Fields left null stay as they are. */
    record Change(int version, String name, Integer maxCommuteKm, Integer layerVarietyTarget) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeQueries queries;
    private final ProgrammeStore store;
    private final AuditLog audit;
    private final SolvingGuard solving;

    ProgrammeSettingsChanges(JdbcClient jdbc, ProgrammeQueries queries, ProgrammeStore store, AuditLog audit,
            SolvingGuard solving) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.store = store;
        this.audit = audit;
        this.solving = solving;
    }

    @Transactional
    void change(long programmeId, Change change, String username) {
        solving.lockForChange(programmeId);
        if (change.name() != null && change.name().isBlank()) {
            throw new BadRequestException("name: expected a programme name, got an empty one");
        }
        if (change.maxCommuteKm() != null && change.maxCommuteKm() < 0) {
            throw new BadRequestException("maxCommuteKm: expected a whole number of km ≥ 0, got " + change.maxCommuteKm());
        }
        if (change.layerVarietyTarget() != null && (change.layerVarietyTarget() < 0 || change.layerVarietyTarget() > 4)) {
            throw new BadRequestException("layerVarietyTarget: expected 0 to 4 layers of government, got "
                    + change.layerVarietyTarget());
        }
        ProgrammeQueries.ProgrammeView before = queries.find(programmeId)
                .orElseThrow(() -> new NotFoundException("no programme " + programmeId));
        int updated = jdbc.sql("""
                update programme set name = coalesce(?, name), max_commute_km = coalesce(?, max_commute_km),
                    layer_variety_target = coalesce(?, layer_variety_target), version = version + 1
                where id = ? and version = ?""")
                .params(change.name(), change.maxCommuteKm(), change.layerVarietyTarget(), programmeId,
                        change.version())
                .update();
        if (updated == 0) {
            throw ConflictException.staleEdit("programme " + programmeId);
        }
        store.load(programmeId); // an invalid setting rolls the change back with the located problem
        audit.record(username, "programme.change", programmeId, "programme " + programmeId, before.toString(),
                queries.find(programmeId).orElseThrow().toString());
    }
}
