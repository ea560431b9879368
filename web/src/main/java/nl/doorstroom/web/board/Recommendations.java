package nl.doorstroom.web.board;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.web.explanation.ExplanationViews;
import nl.doorstroom.web.plan.WorkingPlans;

/** "Where else could this placement go": each possible host tried on the working plan, best first. */
@Component
class Recommendations {

    static final int HOW_MANY = 5;

    record View(ExplanationViews.HostView host, String scoreAfter, String difference, boolean usableAfter,
            Integer commuteKm, Integer commuteMinutes) {
    }

    private final WorkingPlans plans;

    Recommendations(WorkingPlans plans) {
        this.plans = plans;
    }

    List<View> forPlacement(long programmeId, String participantId, String periodId) {
        return plans.of(programmeId).read(scored -> {
            Placement placement = ExplanationViews.placement(scored, programmeId, participantId, periodId);
            return scored.recommend(placement, HOW_MANY).stream().map(r -> {
                Commute commute = placement.getParticipant().commuteTo(r.host());
                return new View(ExplanationViews.HostView.of(r.host()), r.scoreAfter().toString(),
                        r.difference().toString(), r.scoreAfter().hardScore() == 0, commute.km(), commute.minutes());
            }).toList();
        });
    }
}
