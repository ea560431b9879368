package nl.doorstroom.web.board;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.PlacementRecommender;
import nl.doorstroom.web.explanation.ExplanationViews;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.NotFoundException;

/** "Where else could this placement go", through the solver's recommender. */
@Component
class Recommendations {

    static final int HOW_MANY = 5;

    record View(ExplanationViews.HostView host, String scoreAfter, String difference, boolean usableAfter,
            Integer commuteKm, Integer commuteMinutes) {
    }

    private final ProgrammeStore store;
    private final PlacementRecommender recommender;

    Recommendations(ProgrammeStore store, PlacementRecommender recommender) {
        this.store = store;
        this.recommender = recommender;
    }

    List<View> forPlacement(long programmeId, String participantId, String periodId) {
        if (!store.exists(programmeId)) {
            throw new NotFoundException("no programme " + programmeId);
        }
        Plan plan = store.load(programmeId);
        Placement placement = plan.getPlacements().stream()
                .filter(p -> p.getParticipant().getId().equals(participantId) && p.getPeriod().getId().equals(periodId))
                .findFirst().orElseThrow(() -> new NotFoundException("no placement of " + participantId + " in "
                        + periodId + " in programme " + programmeId));
        return recommender.recommend(plan, placement.getId(), HOW_MANY).stream().map(r -> {
            Commute commute = placement.getParticipant().commuteTo(r.host());
            return new View(ExplanationViews.HostView.of(r.host()), r.scoreAfter().toString(),
                    r.difference().toString(), r.scoreAfter().hardScore() == 0, commute.km(), commute.minutes());
        }).toList();
    }
}
