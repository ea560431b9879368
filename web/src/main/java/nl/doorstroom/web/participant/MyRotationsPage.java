package nl.doorstroom.web.participant;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/** "Mijn rotaties": the participant's own published placements, their calendar and their wishes. */
@Controller
@RequestMapping("/me")
@PreAuthorize("hasRole('PARTICIPANT')")
class MyRotationsPage {

    record Option(String code, String name) {
    }

    private final PublishedPlacements placements;
    private final WishChanges wishes;
    private final ProgrammeStore store;
    private final ProblemTexts problemTexts;

    MyRotationsPage(PublishedPlacements placements, WishChanges wishes, ProgrammeStore store,
            ProblemTexts problemTexts) {
        this.placements = placements;
        this.wishes = wishes;
        this.store = store;
        this.problemTexts = problemTexts;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        long programme = user.programmeId();
        String participant = user.participantId();
        Plan plan = store.load(programme);
        model.addAttribute("name", plan.getParticipants().stream().filter(p -> p.getId().equals(participant))
                .findFirst().orElseThrow().getName());
        model.addAttribute("placements", placements.of(programme, participant));
        model.addAttribute("wishes", wishes.of(programme, participant));
        model.addAttribute("hosts", plan.getCapacityDeclarations().stream().map(c -> c.getHost()).distinct()
                .sorted(java.util.Comparator.comparing(Organisation::getName))
                .map(o -> new Option(o.getCode(), o.getName())).toList());
        model.addAttribute("comingPeriods", wishes.comingPeriods(plan, participant).stream().map(Period::getId)
                .toList());
        return "participant/me";
    }

    /** The same calendar as the API's, for a participant signed in with the browser. */
    @GetMapping("/calendar.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal CurrentUser user) {
        return MyPlacementsController.calendarOf(user, placements);
    }

    @PostMapping("/wishes")
    String addWish(@RequestParam String host, @RequestParam(required = false) String period,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            wishes.add(user.programmeId(), user.participantId(),
                    new WishChanges.NewWish(host, period == null || period.isBlank() ? null : period),
                    user.getUsername());
        } catch (BadRequestException e) {
            model.addAttribute("wishProblems", problemTexts.of(e));
            return page(user, model);
        } catch (InvalidInputException e) {
            model.addAttribute("wishProblems", problemTexts.of(e));
            return page(user, model);
        } catch (ConflictException e) { // the programme is being solved
            model.addAttribute("wishProblems", List.of(problemTexts.of(e)));
            return page(user, model);
        }
        return "redirect:/me?wished";
    }

    @PostMapping("/wishes/{wishId}/delete")
    String removeWish(@PathVariable long wishId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            wishes.remove(user.programmeId(), user.participantId(), wishId, user.getUsername());
        } catch (NotFoundException e) {
            // already gone, or never the participant's own: nothing to remove either way
        } catch (ConflictException e) { // the programme is being solved
            redirect.addFlashAttribute("wishProblems", List.of(problemTexts.of(e)));
        }
        return "redirect:/me";
    }
}
