package nl.doorstroom.web.solving;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/** The solve panel on the planning board: start, re-plan and stop, and the job's progress while it runs. */
@Controller
@RequestMapping("/programmes/{id}/board")
@PreAuthorize("hasRole('COORDINATOR')")
class SolvePanel {

    private static final String PANEL = "planning/board :: status";

    private final SolverJobs jobs;
    private final SolvingState state;
    private final ProgrammeStore programmes;
    private final Clock clock;
    private final ProblemTexts problemTexts;

    SolvePanel(SolverJobs jobs, SolvingState state, ProgrammeStore programmes, Clock clock, ProblemTexts problemTexts) {
        this.jobs = jobs;
        this.state = state;
        this.programmes = programmes;
        this.clock = clock;
        this.problemTexts = problemTexts;
    }

    /** Polled while a job runs; when a poll finds the job ended, the board's rows are fetched again once. */
    @GetMapping("/status")
    String status(@PathVariable long id, @RequestParam(required = false) boolean polling, Model model) {
        if (!programmes.exists(id)) {
            throw new NotFoundException("no programme " + id);
        }
        state.addPanel(id, model);
        model.addAttribute("polling", polling);
        model.addAttribute("refreshBoard", polling && !Boolean.TRUE.equals(model.getAttribute("active")));
        return PANEL;
    }

    @PostMapping("/solve")
    String solve(@PathVariable long id, @RequestParam(defaultValue = "30") int seconds,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            jobs.start(id, seconds, null, user.getUsername());
        } catch (ConflictException | BadRequestException e) {
            model.addAttribute("statusError", e.getMessage());
        }
        return status(id, false, model);
    }

    /** Plans the future again: placements in periods that have started stay as they are (pinned). */
    @PostMapping("/replan")
    String replan(@PathVariable long id, @RequestParam(defaultValue = "30") int seconds,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            jobs.start(id, seconds, LocalDate.now(clock), user.getUsername());
        } catch (ConflictException | BadRequestException e) {
            model.addAttribute("statusError", e.getMessage());
        } catch (InvalidInputException e) {
            // pinning the started periods would freeze a broken plan, e.g. a trainee without a host
            model.addAttribute("statusError", problemTexts.of(e.getProblems().get(0)));
        }
        return status(id, false, model);
    }

    @PostMapping("/stop")
    String stop(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            jobs.stop(id, user.getUsername());
        } catch (ConflictException e) {
            model.addAttribute("statusError", e.getMessage());
        }
        return status(id, false, model);
    }
}
