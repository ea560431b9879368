package nl.doorstroom.web.map;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.system.NotFoundException;

/** The Netherlands drawn from its municipal outlines, the programme's hosts on it, and one participant's commutes. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class MapPage {

    private final ProgrammeQueries queries;
    private final WorkingPlans plans;
    private final ProgrammeMap map;
    private final NetherlandsOutline outline;

    /** What the map draws, read from the working plan at once. */
    private record Drawn(List<ProgrammeMap.HostPoint> hosts, List<ProgrammeMap.Commuter> participants,
            ProgrammeMap.Home home, List<ProgrammeMap.CommuteLine> commutes) {
    }

    MapPage(ProgrammeQueries queries, WorkingPlans plans, ProgrammeMap map, NetherlandsOutline outline) {
        this.queries = queries;
        this.plans = plans;
        this.map = map;
        this.outline = outline;
    }

    @GetMapping("/programmes/{id}/map")
    String map(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String participant, Model model) {
        model.addAttribute("programme", queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id)));
        String chosenPeriod = period == null || period.isBlank() ? null : period;
        String chosenParticipant = participant == null || participant.isBlank() ? null : participant;
        model.addAttribute("periods", queries.periods(id));
        model.addAttribute("period", chosenPeriod);
        model.addAttribute("outline", outline);
        Drawn drawn = plans.of(id).read(scored -> {
            Plan plan = scored.plan();
            return new Drawn(map.hosts(plan, chosenPeriod), map.participants(plan),
                    chosenParticipant == null ? null : map.home(plan, chosenParticipant),
                    chosenParticipant == null ? null : map.commutes(plan, chosenParticipant));
        });
        model.addAttribute("hosts", drawn.hosts());
        model.addAttribute("participants", drawn.participants());
        model.addAttribute("participant", chosenParticipant);
        if (chosenParticipant != null) {
            model.addAttribute("home", drawn.home());
            model.addAttribute("commutes", drawn.commutes());
        }
        return "programme/map";
    }
}
