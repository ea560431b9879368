package nl.doorstroom.web.programme;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.ParticipantKind;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.input.FormInput;
import nl.doorstroom.solver.input.ParticipantRecord;
import nl.doorstroom.solver.input.PathOrigin;
import nl.doorstroom.solver.input.ProgrammeInput;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.plan.PlacementRepository;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/**
 * A coordinator adds, corrects or removes a participant. Every change is checked with the whole programme by the
 * programme's rules first; one that breaks a rule stores nothing and answers with the problems at its fields.
 */
@Service
class ParticipantChanges {

    /**
     * A participant joining the programme. {@code home} is a municipality code or name; the periods
     * default to the programme's first and last.
     */
    record NewParticipant(String id, String name, String kind, String employer, Integer salaryScale,
            String discipline, String home, String firstPeriod, String lastPeriod, Integer maxCommuteKm,
            String email) {
    }

    /** Fields left null stay as they are; {@code maxCommuteKm} 0 or more sets the participant's own limit. */
    record Change(int version, String name, Integer salaryScale, String discipline, Integer maxCommuteKm) {
    }

    private final ProgrammeStore store;
    private final ParticipantRepository participants;
    private final PlacementRepository placements;
    private final ProgrammeQueries queries;
    private final AuditLog audit;
    private final SolvingGuard solving;

    ParticipantChanges(ProgrammeStore store, ParticipantRepository participants, PlacementRepository placements,
            ProgrammeQueries queries, AuditLog audit, SolvingGuard solving) {
        this.store = store;
        this.participants = participants;
        this.placements = placements;
        this.queries = queries;
        this.audit = audit;
        this.solving = solving;
    }

    /** Adds a participant with an empty placement in every period they are planned in. */
    @Transactional
    void add(long programmeId, NewParticipant p, String username) {
        solving.lockForChange(programmeId);
        String id = p.id() == null ? null : p.id().strip();
        if (id != null && participants.exists(programmeId, id)) {
            throw new ConflictException("exists", "participant " + id + " exists already in programme " + programmeId);
        }
        FormInput form = FormInput.body();
        ParticipantKind kind = form.enumValue("kind", p.kind(), ParticipantKind.class);
        ParticipantRecord added = new ParticipantRecord(form.origin(), id, p.name(), kind, p.employer(),
                p.salaryScale(), p.discipline(), p.home(), null, null, p.firstPeriod(), p.lastPeriod(), List.of(),
                p.maxCommuteKm(), p.email());
        ProgrammeInput input = store.input(programmeId);
        List<ParticipantRecord> all = new ArrayList<>(input.participants());
        all.add(added);
        Plan plan = store.assemble(input.withParticipants(all).withReadProblems(form.problems()));
        Participant participant = participantOf(plan, id);
        participants.insertAll(programmeId, List.of(participant));
        List<Period> planned = plan.getPeriods().stream().filter(participant::isPlannedIn).toList();
        placements.insertEmpty(programmeId, participant.getId(), planned);
        store.touch(programmeId);
        audit.record(username, "participant.add", programmeId, AuditLog.About.participant(id), "participant " + id, null,
                queries.participant(programmeId, id).orElseThrow().toString());
    }

    /** Removes a participant with their draft placements, wishes and account; published versions keep them. */
    @Transactional
    void remove(long programmeId, String participantId, String username) {
        solving.lockForChange(programmeId);
        ProgrammeQueries.ParticipantView before = existing(programmeId, participantId);
        participants.delete(programmeId, participantId);
        store.load(programmeId); // what is left must still be a valid programme, or nothing changes
        store.touch(programmeId);
        audit.record(username, "participant.remove", programmeId, AuditLog.About.participant(participantId),
                "participant " + participantId, before.toString(),
                null);
    }

    @Transactional
    void change(long programmeId, String participantId, Change change, String username) {
        solving.lockForChange(programmeId);
        ProgrammeQueries.ParticipantView before = existing(programmeId, participantId);
        if (change.version() != before.version()) {
            throw ConflictException.staleEdit("participant " + participantId);
        }
        ProgrammeInput input = store.input(programmeId);
        List<ParticipantRecord> all = new ArrayList<>();
        for (ParticipantRecord r : input.participants()) {
            all.add(!r.id().equals(participantId) ? r : new ParticipantRecord(PathOrigin.BODY, r.id(),
                    change.name() == null ? r.name() : change.name(), r.kind(), r.employer(),
                    change.salaryScale() == null ? r.salaryScale() : change.salaryScale(),
                    change.discipline() == null ? r.discipline() : change.discipline(), r.home(), r.homeLatitude(),
                    r.homeLongitude(), r.firstPeriod(), r.lastPeriod(), r.unavailable(),
                    change.maxCommuteKm() == null ? r.maxCommuteKm() : change.maxCommuteKm(), r.email()));
        }
        Participant changed = participantOf(store.assemble(input.withParticipants(all)), participantId);
        if (!participants.update(programmeId, changed, change.version())) {
            throw ConflictException.staleEdit("participant " + participantId);
        }
        store.touch(programmeId);
        audit.record(username, "participant.change", programmeId, AuditLog.About.participant(participantId),
                "participant " + participantId,
                before.toString(), queries.participant(programmeId, participantId).orElseThrow().toString());
    }

    private ProgrammeQueries.ParticipantView existing(long programmeId, String participantId) {
        return queries.participant(programmeId, participantId)
                .orElseThrow(() -> new NotFoundException("no participant " + participantId + " in programme "
                        + programmeId));
    }

    private static Participant participantOf(Plan plan, String id) {
        return plan.getParticipants().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }
}
