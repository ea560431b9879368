package nl.doorstroom.web.board;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.input.InputProblem;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.input.Where;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.explanation.ExplanationViews;
import nl.doorstroom.web.plan.WorkingPlan;
import nl.doorstroom.web.plan.PlacementRepository;
import nl.doorstroom.web.plan.PlacementRepository.Row;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.programme.OrganisationRepository;
import nl.doorstroom.web.programme.ProgrammeStore;
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

    /** The placement after the change, the plan's score, and whose rows on the board changed with it. */
    record Result(PlacementBoard.PlacementView placement, String score, boolean usable,
            List<String> changedParticipants) {
    }

    private final PlacementRepository placements;
    private final OrganisationRepository organisations;
    private final SolvingGuard solving;
    private final ProgrammeStore programmes;
    private final WorkingPlans plans;
    private final AuditLog audit;

    PlacementMoves(PlacementRepository placements, OrganisationRepository organisations, SolvingGuard solving,
            ProgrammeStore programmes, WorkingPlans plans, AuditLog audit) {
        this.placements = placements;
        this.organisations = organisations;
        this.solving = solving;
        this.programmes = programmes;
        this.plans = plans;
        this.audit = audit;
    }

    /** Puts the placement at {@code host} (blank: no host, for a pool member between assignments) and pins it. */
    @Transactional
    Result move(long programmeId, String participantId, String periodId, String host, Integer version,
            String username) {
        String newHost = host == null || host.isBlank() ? null : host.trim();
        Row before = editable(programmeId, participantId, periodId, version);
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
        Row row = placements.find(programmeId, participantId, periodId).orElseThrow(() -> new NotFoundException(
                "no placement of " + participantId + " in " + periodId + " in programme " + programmeId));
        if (row.version() != version) {
            throw ConflictException.staleEdit("the placement of " + participantId + " in " + periodId);
        }
        return row;
    }

    private Result change(long programmeId, String participantId, String periodId, Row before, String host,
            boolean pinned, String action, String username) {
        WorkingPlan plan = plans.of(programmeId); // before the revision is raised below
        Placement placement = plan.read(scored -> ExplanationViews.placement(scored, programmeId, participantId,
                periodId));
        Organisation newHost = host == null ? null : organisations.ofProgramme(programmeId, host)
                .orElseThrow(() -> new BadRequestException("unknown organisation '" + host + "'"));
        Organisation oldHost = placement.getHost();
        if (!placements.update(programmeId, participantId, periodId, host, pinned, before.version())) {
            throw ConflictException.staleEdit("the placement of " + participantId + " in " + periodId);
        }
        List<Reason> broken = plans.change(plan, placement, newHost, pinned);
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken.stream().map(reason -> InputProblem.of(Where.field("host"),
                    "placement.pinnedBreaks", participantId, periodId, reason)).toList());
        }
        programmes.touch(programmeId);
        Row after = new Row(host, pinned, before.version() + 1);
        String score = plan.read(scored -> scored.score().toString());
        audit.record(username, action, programmeId,
                AuditLog.About.participant(participantId, before.host(), host), "placement " + participantId + "@" + periodId, before.toString(),
                after + ", plan score " + score);
        return plan.read(scored -> new Result(PlacementBoard.view(plan, scored, placement), score,
                scored.score().hardScore() == 0, concerned(scored.plan(), placement, oldHost)));
    }

    /** The participants whose rows may show something else now: the one moved, and those sharing either slot. */
    private static List<String> concerned(Plan plan, Placement moved, Organisation oldHost) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(moved.getParticipant().getId());
        for (Placement p : plan.getPlacements()) {
            if (p.getPeriod().equals(moved.getPeriod()) && p.getHost() != null
                    && (p.getHost().equals(oldHost) || p.getHost().equals(moved.getHost()))) {
                ids.add(p.getParticipant().getId());
            }
        }
        return List.copyOf(ids);
    }
}
