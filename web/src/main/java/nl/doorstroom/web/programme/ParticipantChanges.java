package nl.doorstroom.web.programme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/** A coordinator corrects a participant; the programme must still read as valid afterwards, or nothing changes. */
@Service
class ParticipantChanges {

    /**
     * A participant joining the programme. {@code home} is a municipality code or name; the periods
     * default to the programme's first and last.
     */
    record NewParticipant(String id, String name, String kind, String employer, Integer salaryScale,
            String discipline, String home, String firstPeriod, String lastPeriod, Integer maxCommuteKm) {
    }

    /** Fields left null stay as they are; {@code maxCommuteKm} 0 or more sets the participant's own limit. */
    record Change(int version, String name, Integer salaryScale, String discipline, Integer maxCommuteKm) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeQueries queries;
    private final ProgrammeStore store;
    private final AuditLog audit;
    private final SolvingGuard solving;

    ParticipantChanges(JdbcClient jdbc, ProgrammeQueries queries, ProgrammeStore store, AuditLog audit,
            SolvingGuard solving) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.store = store;
        this.audit = audit;
        this.solving = solving;
    }

    /** Adds a participant with an empty placement in every period they are active; the programme must still read. */
    @Transactional
    void add(long programmeId, NewParticipant p, String username) {
        solving.lockForChange(programmeId);
        if (p.id() == null || p.id().isBlank() || p.name() == null || p.name().isBlank()) {
            throw new BadRequestException("id and name: expected both to be filled in");
        }
        String id = p.id().trim();
        if (queries.participant(programmeId, id).isPresent()) {
            throw new ConflictException("exists", "participant " + id + " exists already in programme " + programmeId);
        }
        java.util.List<ProgrammeQueries.PeriodView> periods = queries.periods(programmeId);
        if (periods.isEmpty()) {
            throw new NotFoundException("no programme " + programmeId);
        }
        String first = p.firstPeriod() == null || p.firstPeriod().isBlank() ? periods.get(0).id() : p.firstPeriod();
        String last = p.lastPeriod() == null || p.lastPeriod().isBlank() ? periods.get(periods.size() - 1).id()
                : p.lastPeriod();
        jdbc.sql("""
                insert into participant (programme_id, id, name, kind, employer_code, salary_scale, discipline, home,
                                         first_period, last_period, max_commute_km)
                select ?, ?, ?, ?, o.code, ?, ?, ?, ?, ?, ? from organisation o where o.code = upper(?)""")
                .params(programmeId, id, p.name().trim(), p.kind() == null ? "" : p.kind().trim().toUpperCase(),
                        p.salaryScale() == null ? 0 : p.salaryScale(), p.discipline() == null ? "" : p.discipline().trim(),
                        p.home() == null ? "" : p.home().trim(), first, last, p.maxCommuteKm(),
                        p.employer() == null ? "" : p.employer().trim())
                .update();
        if (queries.participant(programmeId, id).isEmpty()) {
            throw new BadRequestException("employer: unknown organisation '" + p.employer()
                    + "': expected an organisation code such as GM0796, PV30, WS0155 or BZK");
        }
        java.util.List<String> ids = periods.stream().map(ProgrammeQueries.PeriodView::id).toList();
        for (ProgrammeQueries.PeriodView period : periods) {
            // an unknown first or last period adds nothing here; reading the programme below reports it
            if (ids.indexOf(first) <= period.index() && period.index() <= ids.indexOf(last)) {
                jdbc.sql("insert into placement (programme_id, participant_id, period_id) values (?, ?, ?)")
                        .params(programmeId, id, period.id()).update();
            }
        }
        store.load(programmeId); // an unknown home, kind or period rolls everything back with the located problem
        audit.record(username, "participant.add", programmeId, "participant " + id, null,
                queries.participant(programmeId, id).orElseThrow().toString());
    }

    /** Removes a participant with their draft placements, wishes and account; published versions keep them. */
    @Transactional
    void remove(long programmeId, String participantId, String username) {
        solving.lockForChange(programmeId);
        ProgrammeQueries.ParticipantView before = queries.participant(programmeId, participantId)
                .orElseThrow(() -> new NotFoundException("no participant " + participantId + " in programme "
                        + programmeId));
        jdbc.sql("delete from participant where programme_id = ? and id = ?").params(programmeId, participantId)
                .update();
        store.load(programmeId);
        audit.record(username, "participant.remove", programmeId, "participant " + participantId, before.toString(),
                null);
    }

    @Transactional
    void change(long programmeId, String participantId, Change change, String username) {
        solving.lockForChange(programmeId);
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
