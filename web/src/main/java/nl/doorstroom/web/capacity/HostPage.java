package nl.doorstroom.web.capacity;

import java.util.ArrayList;
import java.util.List;

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

import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.ProblemTexts;

/** The host's page: its own capacity declarations per programme and period, and who is coming. */
@Controller
@RequestMapping("/host")
@PreAuthorize("hasRole('HOST')")
class HostPage {

    record ProgrammeCapacity(ProgrammeQueries.ProgrammeView programme, List<String> periods,
            List<CapacityRepository.DeclarationView> declarations) {
    }

    private final ProgrammeQueries programmes;
    private final CapacityRepository queries;
    private final CapacityChanges changes;
    private final IncomingParticipants incoming;
    private final ProblemTexts problemTexts;

    HostPage(ProgrammeQueries programmes, CapacityRepository queries, CapacityChanges changes,
            IncomingParticipants incoming, ProblemTexts problemTexts) {
        this.programmes = programmes;
        this.queries = queries;
        this.changes = changes;
        this.incoming = incoming;
        this.problemTexts = problemTexts;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<ProgrammeCapacity> capacity = new ArrayList<>();
        for (ProgrammeQueries.ProgrammeView programme : programmes.visibleTo(user)) {
            capacity.add(new ProgrammeCapacity(programme, programmes.periods(programme.id()).stream()
                    .map(ProgrammeQueries.PeriodView::id).toList(),
                    queries.list(programme.id(), user.organisationCode())));
        }
        model.addAttribute("host", user.organisationCode());
        model.addAttribute("capacity", capacity);
        model.addAttribute("incoming", incoming.at(user.organisationCode()));
        return "capacity/host";
    }

    @PostMapping("/programmes/{programmeId}/declarations")
    String declare(@PathVariable long programmeId, @RequestParam String period,
            @RequestParam(required = false) String discipline, @RequestParam(required = false) Integer min,
            @RequestParam(required = false) Integer max, @RequestParam(required = false) Integer maxSalaryScale,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return attempt(programmeId, redirect, () -> changes.create(programmeId,
                new CapacityChanges.NewDeclaration(null, period, discipline, min, max, maxSalaryScale), user));
    }

    @PostMapping("/programmes/{programmeId}/declarations/{declarationId}")
    String change(@PathVariable long programmeId, @PathVariable long declarationId, @RequestParam int version,
            @RequestParam(required = false) String discipline, @RequestParam(required = false) Integer min,
            @RequestParam(required = false) Integer max, @RequestParam(required = false) Integer maxSalaryScale,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return attempt(programmeId, redirect, () -> changes.change(programmeId, declarationId,
                new CapacityChanges.Change(version, discipline, min, max, maxSalaryScale), user));
    }

    @PostMapping("/programmes/{programmeId}/declarations/{declarationId}/delete")
    String delete(@PathVariable long programmeId, @PathVariable long declarationId, @RequestParam int version,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return attempt(programmeId, redirect, () -> changes.delete(programmeId, declarationId, version, user));
    }

    /** Problems are shown at the programme's form; a stale edit says someone else changed it. */
    private String attempt(long programmeId, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", programmeId);
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
            redirect.addFlashAttribute("problemsFor", programmeId);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
            redirect.addFlashAttribute("problemsFor", programmeId);
        } catch (ConflictException e) {
            if (e.localizable() != null) { // the programme is being solved
                redirect.addFlashAttribute("problems", List.of(problemTexts.of(e)));
                redirect.addFlashAttribute("problemsFor", programmeId);
            } else {
                redirect.addFlashAttribute("stale", programmeId);
            }
        }
        return "redirect:/host#programme-" + programmeId;
    }
}
