package nl.doorstroom.web.solving;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.NotFoundException;

@RestController
@RequestMapping("/api/programmes/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Planning", description = "Solving a programme's plan in the background, and re-planning the future")
class PlanningController {

    @Schema(description = "How long to solve; default 30 seconds")
    record SolveRequest(Integer seconds) {
    }

    @Schema(description = "How long to solve (default 30 s) and from which day on to plan again (default today)")
    record ReplanRequest(Integer seconds, LocalDate today) {
    }

    private final SolverJobs jobs;
    private final SolverJobRepository repository;
    private final SolveEvents events;
    private final ProgrammeStore programmes;
    private final Clock clock;

    PlanningController(SolverJobs jobs, SolverJobRepository repository, SolveEvents events,
            ProgrammeStore programmes, Clock clock) {
        this.jobs = jobs;
        this.repository = repository;
        this.events = events;
        this.programmes = programmes;
        this.clock = clock;
    }

    @PostMapping("/solve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start solving in the background",
            description = "The best plan so far is stored as it improves (at most once a second, and at the end). "
                    + "One job per programme: 409 while another is queued or solving.")
    JobView solve(@PathVariable long id, @RequestBody(required = false) SolveRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return JobView.of(jobs.start(id, request == null ? null : request.seconds(), null, user.getUsername()));
    }

    @PostMapping("/replan")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Pin what has started and solve the future again",
            description = "Placements in periods that started on or before 'today' are stored as pinned; the rest "
                    + "is solved with as few changes to the published plan as the rules allow.")
    JobView replan(@PathVariable long id, @RequestBody(required = false) ReplanRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        LocalDate today = request == null || request.today() == null ? LocalDate.now(clock) : request.today();
        return JobView.of(jobs.start(id, request == null ? null : request.seconds(), today, user.getUsername()));
    }

    @PostMapping("/solve/stop")
    @Operation(summary = "Stop solving; the best plan found is kept",
            description = "409 when the programme is not being solved.")
    JobView stop(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return JobView.of(jobs.stop(id, user.getUsername()));
    }

    @GetMapping("/solve")
    @Operation(summary = "The programme's latest solving job: status, best score, progress")
    JobView status(@PathVariable long id) {
        return JobView.of(latest(id));
    }

    @GetMapping(value = "/solve/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events of the latest job",
            description = "'progress' every second, 'best' when a better plan was stored, 'end' when the job ended; "
                    + "each carries the job as in GET /solve.")
    SseEmitter events(@PathVariable long id) {
        return events.follow(latest(id));
    }

    private SolverJobRepository.Job latest(long id) {
        if (!programmes.exists(id)) {
            throw new NotFoundException("no programme " + id);
        }
        return repository.latest(id).orElseThrow(() -> new NotFoundException("programme " + id + " was never solved"));
    }
}
