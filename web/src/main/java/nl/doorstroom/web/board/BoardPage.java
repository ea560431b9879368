package nl.doorstroom.web.board;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.explanation.ExplainedPlan;
import nl.doorstroom.web.explanation.ExplanationViews;
import nl.doorstroom.web.explanation.PlanReader;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.solving.SolvingState;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ProblemTexts;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/**
 * The coordinator's planning board: participants × periods with the solve panel, and per placement why it
 * is there, the recommended alternatives, move, pin and unpin.
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
    private final SolvingState solving;
    private final ProblemTexts problemTexts;

    BoardPage(ProgrammeQueries queries, PlacementBoard board, PlanReader reader, Recommendations recommendations,
            PlacementMoves moves, SolvingState solving, ProblemTexts problemTexts) {
        this.queries = queries;
        this.board = board;
        this.reader = reader;
        this.recommendations = recommendations;
        this.moves = moves;
        this.solving = solving;
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
        solving.addPanel(id, model);
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
        boolean solvingNow = solving.isSolving(id);
        model.addAttribute("solving", solvingNow);
        model.addAttribute("alternatives", solvingNow ? List.of()
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
        } catch (BadRequestException | nl.doorstroom.solver.input.InvalidInputException e) {
            model.addAttribute("panelError", "refused");
            model.addAttribute("panelDetail", e instanceof nl.doorstroom.solver.input.InvalidInputException invalid
                    ? problemTexts.of(invalid.getProblems().get(0)) : e.getMessage());
        }
        return placement(id, participantId, periodId, model);
    }

    private ProgrammeQueries.ProgrammeView programme(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id));
    }
}
