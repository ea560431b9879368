package nl.doorstroom.web.programme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/** A coordinator corrects a participant; the programme must still read as valid afterwards, or nothing changes. */
@Service
class ParticipantChanges {

    /** Fields left null stay as they are; {@code maxCommuteKm} 0 or more sets the participant's own limit. */
    record Change(int version, String name, Integer salaryScale, String discipline, Integer maxCommuteKm) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeQueries queries;
    private final ProgrammeStore store;
    private final AuditLog audit;

    ParticipantChanges(JdbcClient jdbc, ProgrammeQueries queries, ProgrammeStore store, AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    void change(long programmeId, String participantId, Change change, String username) {
        ProgrammeQueries.ParticipantView before = queries.participant(programmeId, participantId)
                .orElseThrow(() -> new NotFoundException("no participant " + participantId + " in programme "
                        + programmeId));
        int updated = jdbc.sql("""
                update participant set name = coalesce(?, name), salary_scale = coalesce(?, salary_scale),
                    discipline = coalesce(?, discipline), max_commute_km = coalesce(?, max_commute_km),
                    version = version + 1
                where programme_id = ? and id = ? and version = ?""")
                .params(change.name(), change.salaryScale(), change.discipline(), change.maxCommuteKm(), programmeId,
                        participantId, change.version())
                .update();
        if (updated == 0) {
            throw ConflictException.staleEdit("participant " + participantId);
        }
        store.load(programmeId); // throws InvalidInputException, rolling back, when the change makes it invalid
        audit.record(username, "participant.change", programmeId, "participant " + participantId,
                before.toString(), queries.participant(programmeId, participantId).orElseThrow().toString());
    }
}
