package nl.doorstroom.web.programme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.input.PathOrigin;
import nl.doorstroom.solver.input.ProgrammeInput;
import nl.doorstroom.solver.input.SettingsRecord;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/**
 * A coordinator changes a programme's name or rules, checked with the whole programme by its rules first. The
 * periods stay as they are: placements, capacity and published versions hang on them.
 */
@Service
class ProgrammeSettingsChanges {

    /** Fields left null stay as they are. */
    record Change(int version, String name, Integer maxCommuteKm, Integer layerVarietyTarget) {
    }

    private final ProgrammeQueries queries;
    private final ProgrammeStore store;
    private final AuditLog audit;
    private final SolvingGuard solving;

    ProgrammeSettingsChanges(ProgrammeQueries queries, ProgrammeStore store, AuditLog audit, SolvingGuard solving) {
        this.queries = queries;
        this.store = store;
        this.audit = audit;
        this.solving = solving;
    }

    @Transactional
    void change(long programmeId, Change change, String username) {
        solving.lockForChange(programmeId);
        ProgrammeQueries.ProgrammeView before = queries.find(programmeId).orElseThrow();
        if (change.version() != before.version()) {
            throw ConflictException.staleEdit("programme " + programmeId);
        }
        ProgrammeInput input = store.input(programmeId);
        SettingsRecord s = input.settings();
        SettingsRecord changed = new SettingsRecord(PathOrigin.BODY, change.name() == null ? s.name() : change.name(),
                s.firstPeriodStart(), s.periodCount(), s.rotationMonths(),
                change.maxCommuteKm() == null ? s.maxCommuteKm() : change.maxCommuteKm(),
                change.layerVarietyTarget() == null ? s.layerVarietyTarget() : change.layerVarietyTarget(),
                s.weights());
        Programme programme = store.assemble(input.withSettings(changed)).getProgramme();
        if (!store.updateSettings(programmeId, programme, change.version())) {
            throw ConflictException.staleEdit("programme " + programmeId);
        }
        audit.record(username, "programme.change", programmeId, "programme " + programmeId, before.toString(),
                queries.find(programmeId).orElseThrow().toString());
    }
}
