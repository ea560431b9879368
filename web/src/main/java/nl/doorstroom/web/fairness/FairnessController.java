package nl.doorstroom.web.fairness;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.solver.fairness.FairnessReport;
import nl.doorstroom.solver.fairness.Histogram;
import nl.doorstroom.solver.fairness.HostFairness;
import nl.doorstroom.solver.fairness.ParticipantFairness;
import nl.doorstroom.solver.fairness.Spread;

@RestController
@RequestMapping("/api/programmes/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Fairness", description = "How evenly the working plan treats participants and hosts over the programme")
class FairnessController {

    /**
     * @param worstOff the ten participants with the longest total commute, worst first
     * @param participants every participant with a placement, worst off first
     */
    record FairnessView(Spread spread, Histogram histogram, List<ParticipantFairness> worstOff,
            List<ParticipantFairness> participants, List<HostFairness> hosts) {

        static FairnessView of(FairnessReport report) {
            return new FairnessView(report.spread(), report.histogram(), report.worstOff(), report.participants(),
                    report.hosts());
        }
    }

    private final ProgrammeFairness fairness;

    FairnessController(ProgrammeFairness fairness) {
        this.fairness = fairness;
    }

    @GetMapping("/fairness")
    @Operation(summary = "Per participant over the whole programme: total and longest commute (km and minutes, one "
            + "way), layers seen against the target, wishes honoured, secondments; the spread of total commute "
            + "(p10, p50, p90, max, unfairness) with a histogram, the ten worst off, and per host the placements "
            + "against the declared minimum and maximum over all periods")
    FairnessView fairness(@PathVariable long id) {
        return FairnessView.of(fairness.of(id));
    }
}
