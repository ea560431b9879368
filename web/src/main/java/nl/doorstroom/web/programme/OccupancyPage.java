package nl.doorstroom.web.programme;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.doorstroom.solver.domain.Occupancy;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.system.NotFoundException;

/**
 * Per host, period and slot: how many the draft places there against the declared minimum and maximum, counted
 * as the capacity rules count them, so the page is red exactly where the plan breaks a capacity rule.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class OccupancyPage {

    record Row(String code, String name, String layer, Map<String, Occupancy.Cell> cells) {
    }

    private final ProgrammeQueries queries;
    private final WorkingPlans plans;

    OccupancyPage(ProgrammeQueries queries, WorkingPlans plans) {
        this.queries = queries;
        this.plans = plans;
    }

    @GetMapping("/programmes/{id}/occupancy")
    String occupancy(@PathVariable long id, Model model) {
        model.addAttribute("programme", queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id)));
        model.addAttribute("periods", queries.periods(id));
        model.addAttribute("rows", plans.of(id).read(scored -> rows(scored.plan())));
        return "programme/occupancy";
    }

    private static List<Row> rows(Plan plan) {
        Occupancy occupancy = Occupancy.of(plan);
        return occupancy.hosts().stream()
                .sorted(Comparator.comparing((Organisation o) -> o.getLayer()).thenComparing(Organisation::getName))
                .map(host -> {
                    Map<String, Occupancy.Cell> cells = new LinkedHashMap<>();
                    for (Period period : plan.getPeriods()) {
                        cells.put(period.getId(), occupancy.at(host, period));
                    }
                    return new Row(host.getCode(), host.getName(), host.getLayer().name(), cells);
                })
                .toList();
    }
}
