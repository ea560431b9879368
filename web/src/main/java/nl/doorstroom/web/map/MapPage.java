package nl.doorstroom.web.map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.NotFoundException;

/** The Netherlands drawn from its municipal outlines, the programme's hosts on it, and one participant's commutes. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class MapPage {

    private final ProgrammeQueries queries;
    private final ProgrammeStore store;
    private final ProgrammeMap map;
    private final NetherlandsOutline outline;

    MapPage(ProgrammeQueries queries, ProgrammeStore store, ProgrammeMap map, NetherlandsOutline outline) {
        this.queries = queries;
        this.store = store;
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
        Plan plan = store.load(id);
        model.addAttribute("hosts", map.hosts(plan, chosenPeriod));
        model.addAttribute("participants", map.participants(plan));
        model.addAttribute("participant", chosenParticipant);
        if (chosenParticipant != null) {
            model.addAttribute("home", map.home(plan, chosenParticipant));
            model.addAttribute("commutes", map.commutes(plan, chosenParticipant));
        }
        return "programme/map";
    }
}
