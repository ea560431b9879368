package nl.doorstroom.web.fairness;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.doorstroom.solver.fairness.FairnessReport;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.system.NotFoundException;

/** The "Eerlijkheid" tab: how total commute is spread, who is worst off, and what each host gets. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class FairnessPage {

    private final ProgrammeQueries queries;
    private final ProgrammeFairness fairness;

    FairnessPage(ProgrammeQueries queries, ProgrammeFairness fairness) {
        this.queries = queries;
        this.fairness = fairness;
    }

    @GetMapping("/programmes/{id}/fairness")
    String fairness(@PathVariable long id, Model model) {
        model.addAttribute("programme", queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id)));
        FairnessReport report = fairness.of(id);
        model.addAttribute("report", report);
        model.addAttribute("chart", report.spread().participants() == 0 ? null
                : CommuteChart.of(report.histogram(), report.spread()));
        return "programme/fairness";
    }
}
