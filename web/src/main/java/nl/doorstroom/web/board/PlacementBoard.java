package nl.doorstroom.web.board;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.explain.RuleLevel;
import nl.doorstroom.web.explanation.ExplainedPlan;
import nl.doorstroom.web.explanation.ExplanationViews;
import nl.doorstroom.web.explanation.PlanReader;
import nl.doorstroom.web.solving.SolvingState;

/** The placements of a programme as a planning board shows them: who, when, where, and what is wrong. */
@Component
class PlacementBoard {

    record PlacementView(String participant, String participantName, String period, int periodIndex,
            ExplanationViews.HostView host, boolean pinned, int version, Integer commuteKm, Integer commuteMinutes,
            RuleLevel broken) {
    }

    record Board(long programmeId, String score, boolean usable, boolean solving, List<PlacementView> placements) {
    }

    private final PlanReader reader;
    private final JdbcClient jdbc;
    private final SolvingState solving;

    PlacementBoard(PlanReader reader, JdbcClient jdbc, SolvingState solving) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.solving = solving;
    }

    /** One snapshot: the plan, its versions and the solving state are read in the same transaction. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Board board(long programmeId) {
        ExplainedPlan explained = reader.read(programmeId);
        Map<String, Integer> versions = versions(programmeId);
        List<PlacementView> placements = explained.plan().getPlacements().stream()
                .sorted(Comparator.comparing((Placement p) -> p.getParticipant().getId())
                        .thenComparing(p -> p.getPeriod().getIndex()))
                .map(p -> view(explained, p, versions.getOrDefault(p.getId(), 0))).toList();
        return new Board(programmeId, explained.explanation().score().toString(), explained.explanation().isUsable(),
                solving.isSolving(programmeId), placements);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    PlacementView one(long programmeId, String participantId, String periodId) {
        ExplainedPlan explained = reader.read(programmeId);
        Placement placement = PlanReader.placement(explained, programmeId, participantId, periodId);
        return view(explained, placement, versions(programmeId).getOrDefault(placement.getId(), 0));
    }

    static PlacementView view(ExplainedPlan explained, Placement p, int version) {
        Commute commute = p.isAssigned() ? p.getCommute() : null;
        return new PlacementView(p.getParticipant().getId(), p.getParticipant().getName(), p.getPeriod().getId(),
                p.getPeriod().getIndex(), ExplanationViews.HostView.of(p.getHost()), p.isPinned(), version,
                commute == null ? null : commute.km(), commute == null ? null : commute.minutes(),
                explained.brokenLevel(p));
    }

    Map<String, Integer> versions(long programmeId) {
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("select participant_id, period_id, version from placement where programme_id = ?")
                .param(programmeId)
                .query(rs -> {
                    versions.put(rs.getString(1) + "@" + rs.getString(2), rs.getInt(3));
                });
        return versions;
    }
}
