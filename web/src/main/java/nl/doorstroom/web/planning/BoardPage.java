package nl.doorstroom.web.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.solver.explain.RuleLevel;
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ProblemTexts;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/**
 * The coordinator's planning board: participants × periods, solving with live progress, and per
 * placement why it is there, the recommended alternatives, move, pin and unpin.
 */
@Controller
@RequestMapping("/programmes/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
class BoardPage {

    /** One row of the board: a participant and their placement per period id. */
    record Row(String participant, String name, Map<String, PlacementBoard.PlacementView> cells) {
    }

    private final ProgrammeQueries queries;
    private final PlacementBoard board;
    private final PlanReader reader;
    private final Recommendations recommendations;
    private final PlacementMoves moves;
    private final SolverJobs jobs;
    private final SolverJobRepository jobRepository;
    private final ScoreChart chart;
    private final Clock clock;
    private final ProblemTexts problemTexts;

    BoardPage(ProgrammeQueries queries, PlacementBoard board, PlanReader reader, Recommendations recommendations,
            PlacementMoves moves, SolverJobs jobs, SolverJobRepository jobRepository, ScoreChart chart, Clock clock,
            ProblemTexts problemTexts) {
        this.queries = queries;
        this.board = board;
        this.reader = reader;
        this.recommendations = recommendations;
        this.moves = moves;
        this.jobs = jobs;
        this.jobRepository = jobRepository;
        this.chart = chart;
        this.clock = clock;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/board")
    String board(@PathVariable long id, @RequestParam(required = false) String host,
            @RequestParam(required = false) String layer, @RequestParam(required = false) String participant,
            @RequestParam(required = false) boolean broken, Model model) {
        ProgrammeQueries.ProgrammeView programme = programme(id);
        PlacementBoard.Board snapshot = board.board(id);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (PlacementBoard.PlacementView p : snapshot.placements()) {
            rows.computeIfAbsent(p.participant(), k -> new Row(p.participant(), p.participantName(),
                    new LinkedHashMap<>())).cells().put(p.period(), p);
        }
        List<Row> shown = rows.values().stream()
                .filter(row -> matches(row, host, layer, participant, broken))
                .sorted(Comparator.comparing(Row::name)).toList();
        model.addAttribute("programme", programme);
        model.addAttribute("periods", queries.periods(id));
        model.addAttribute("board", snapshot);
        model.addAttribute("rows", shown);
        model.addAttribute("hosts", snapshot.placements().stream().map(PlacementBoard.PlacementView::host)
                .filter(h -> h != null).distinct().sorted(Comparator.comparing(ExplanationViews.HostView::name))
                .toList());
        model.addAttribute("filter", new Filter(host, layer, participant, broken));
        addStatus(id, model);
        return "planning/board";
    }

    record Filter(String host, String layer, String participant, boolean broken) {
    }

    private static boolean matches(Row row, String host, String layer, String participant, boolean broken) {
        if (participant != null && !participant.isBlank()
                && !row.name().toLowerCase(Locale.ROOT).contains(participant.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (broken && row.cells().values().stream().noneMatch(c -> c.broken() != null)) {
            return false;
        }
        if (host != null && !host.isBlank()
                && row.cells().values().stream().noneMatch(c -> c.host() != null && c.host().code().equals(host))) {
            return false;
        }
        return layer == null || layer.isBlank()
                || row.cells().values().stream().anyMatch(c -> c.host() != null && c.host().layer().equals(layer));
    }

    /** The solve panel, polled while a job runs. */
    @GetMapping("/board/status")
    String status(@PathVariable long id, Model model) {
        programme(id);
        addStatus(id, model);
        return "planning/board :: status";
    }

    private void addStatus(long id, Model model) {
        Optional<SolverJobRepository.Job> job = jobRepository.latest(id);
        model.addAttribute("programmeId", id);
        model.addAttribute("job", job.map(JobView::of).orElse(null));
        model.addAttribute("chart", job.map(j -> chart.of(j.id())).orElse(null));
        model.addAttribute("active", job.map(j -> j.status().equals("QUEUED") || j.status().equals("SOLVING"))
                .orElse(false));
    }

    @PostMapping("/board/solve")
    String solve(@PathVariable long id, @RequestParam(defaultValue = "30") int seconds,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            jobs.start(id, seconds, null, user.getUsername());
        } catch (ConflictException | BadRequestException e) {
            model.addAttribute("statusError", e.getMessage());
        }
        return status(id, model);
    }

    /** Plans the future again: placements in periods that have started stay as they are (pinned). */
    @PostMapping("/board/replan")
    String replan(@PathVariable long id, @RequestParam(defaultValue = "30") int seconds,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            jobs.start(id, seconds, LocalDate.now(clock), user.getUsername());
        } catch (ConflictException | BadRequestException e) {
            model.addAttribute("statusError", e.getMessage());
        } catch (nl.doorstroom.solver.io.InvalidInputException e) {
            // pinning the started periods would freeze a broken plan, e.g. a trainee without a host
            model.addAttribute("statusError", problemTexts.of(e.getProblems().get(0)));
        }
        return status(id, model);
    }

    @PostMapping("/board/stop")
    String stop(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            jobs.stop(id, user.getUsername());
        } catch (ConflictException e) {
            model.addAttribute("statusError", e.getMessage());
        }
        return status(id, model);
    }

    /** The side panel of one placement: why it is there and where else it could go. */
    @GetMapping("/board/placements/{participantId}/{periodId}")
    String placement(@PathVariable long id, @PathVariable String participantId, @PathVariable String periodId,
            Model model) {
        programme(id);
        ReasonTexts texts = problemTexts.reasons();
        ExplainedPlan explained = reader.read(id);
        model.addAttribute("programmeId", id);
        model.addAttribute("why", ExplanationViews.placement(explained,
                PlanReader.placement(explained, id, participantId, periodId), texts));
        model.addAttribute("placement", board.one(id, participantId, periodId));
        model.addAttribute("solving", jobRepository.hasActiveJob(id));
        model.addAttribute("alternatives", jobRepository.hasActiveJob(id) ? List.of()
                : recommendations.forPlacement(id, participantId, periodId));
        return "planning/board :: panel";
    }

    @PostMapping("/board/placements/{participantId}/{periodId}/move")
    String move(@PathVariable long id, @PathVariable String participantId, @PathVariable String periodId,
            @RequestParam String host, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        return change(id, participantId, periodId, model, response,
                () -> moves.move(id, participantId, periodId, host, version, user.getUsername()));
    }

    @PostMapping("/board/placements/{participantId}/{periodId}/unpin")
    String unpin(@PathVariable long id, @PathVariable String participantId, @PathVariable String periodId,
            @RequestParam int version, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return change(id, participantId, periodId, model, response,
                () -> moves.unpin(id, participantId, periodId, version, user.getUsername()));
    }

    @PostMapping("/board/placements/{participantId}/{periodId}/pin")
    String pin(@PathVariable long id, @PathVariable String participantId, @PathVariable String periodId,
            @RequestParam int version, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return change(id, participantId, periodId, model, response,
                () -> moves.pin(id, participantId, periodId, version, user.getUsername()));
    }

    /** A change that worked reloads the board (board and score at once); one that did not says why in the panel. */
    private String change(long id, String participantId, String periodId, Model model, HttpServletResponse response,
            Runnable change) {
        try {
            change.run();
            response.setHeader("HX-Refresh", "true");
            return "planning/board :: empty";
        } catch (ConflictException e) {
            model.addAttribute("panelError", e.kind().equals("stale-edit") ? "stale" : "solving");
        } catch (BadRequestException | nl.doorstroom.solver.io.InvalidInputException e) {
            model.addAttribute("panelError", "refused");
            model.addAttribute("panelDetail", e instanceof nl.doorstroom.solver.io.InvalidInputException invalid
                    ? problemTexts.of(invalid.getProblems().get(0)) : e.getMessage());
        }
        return placement(id, participantId, periodId, model);
    }

    @GetMapping("/explanation")
    String explanation(@PathVariable long id, Model model) {
        ProgrammeQueries.ProgrammeView programme = programme(id);
        ReasonTexts texts = problemTexts.reasons();
        model.addAttribute("programme", programme);
        model.addAttribute("explanation", ExplanationViews.plan(reader.read(id).explanation(), texts));
        model.addAttribute("levels", List.of(RuleLevel.HARD, RuleLevel.MEDIUM, RuleLevel.SOFT));
        return "planning/explanation";
    }

    private ProgrammeQueries.ProgrammeView programme(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id));
    }
}
