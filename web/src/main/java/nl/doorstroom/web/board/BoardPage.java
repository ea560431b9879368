package nl.doorstroom.web.board;

import java.util.List;
import java.util.function.Supplier;

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
import nl.doorstroom.web.explanation.ExplanationViews;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.solving.SolvingState;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/**
 * The coordinator's planning board: a page of participants × periods with the solve panel, filtered on the
 * server; per placement why it is there, the recommended alternatives, move, pin and unpin. A change answers with
 * the panel and the board rows and score it changed, never a whole page.
 */
@Controller
@RequestMapping("/programmes/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
class BoardPage {

    private final ProgrammeQueries queries;
    private final PlacementBoard board;
    private final WorkingPlans plans;
    private final Recommendations recommendations;
    private final PlacementMoves moves;
    private final SolvingState solving;
    private final ProblemTexts problemTexts;

    BoardPage(ProgrammeQueries queries, PlacementBoard board, WorkingPlans plans, Recommendations recommendations,
            PlacementMoves moves, SolvingState solving, ProblemTexts problemTexts) {
        this.queries = queries;
        this.board = board;
        this.plans = plans;
        this.recommendations = recommendations;
        this.moves = moves;
        this.solving = solving;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/board")
    String board(@PathVariable long id, @RequestParam(required = false) String participant,
            @RequestParam(required = false) String host, @RequestParam(required = false) String layer,
            @RequestParam(required = false) String period, @RequestParam(required = false) boolean broken,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model) {
        model.addAttribute("programme", programme(id));
        model.addAttribute("periods", queries.periods(id));
        PlacementBoard.Filter filter = new PlacementBoard.Filter(participant, host, layer, period, broken);
        PlacementBoard.Page shown = board.page(id, filter, page, size);
        model.addAttribute("board", shown);
        model.addAttribute("scoreRules", scoreRules(id));
        model.addAttribute("rows", shown.rows());
        model.addAttribute("hosts", board.hosts(id));
        model.addAttribute("filter", filter);
        solving.addPanel(id, model);
        return "planning/board";
    }

    /** The side panel of one placement: why it is there and where else it could go. */
    @GetMapping("/board/placements/{participantId}/{periodId}")
    String placement(@PathVariable long id, @PathVariable String participantId, @PathVariable String periodId,
            Model model) {
        programme(id);
        model.addAttribute("programmeId", id);
        model.addAttribute("why", plans.of(id).read(scored -> ExplanationViews.placement(scored,
                ExplanationViews.placement(scored, id, participantId, periodId), problemTexts.reasons())));
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
            Model model) {
        return change(id, participantId, periodId, model,
                () -> moves.move(id, participantId, periodId, host, version, user.getUsername()));
    }

    @PostMapping("/board/placements/{participantId}/{periodId}/unpin")
    String unpin(@PathVariable long id, @PathVariable String participantId, @PathVariable String periodId,
            @RequestParam int version, @AuthenticationPrincipal CurrentUser user, Model model) {
        return change(id, participantId, periodId, model,
                () -> moves.unpin(id, participantId, periodId, version, user.getUsername()));
    }

    @PostMapping("/board/placements/{participantId}/{periodId}/pin")
    String pin(@PathVariable long id, @PathVariable String participantId, @PathVariable String periodId,
            @RequestParam int version, @AuthenticationPrincipal CurrentUser user, Model model) {
        return change(id, participantId, periodId, model,
                () -> moves.pin(id, participantId, periodId, version, user.getUsername()));
    }

    /**
     * A change that worked answers with the placement's panel and, swapped in out of band, the board rows it
     * changed and the score line; one that did not says why in the panel.
     */
    private String change(long id, String participantId, String periodId, Model model,
            Supplier<PlacementMoves.Result> change) {
        try {
            PlacementMoves.Result result = change.get();
            model.addAttribute("changedRows", new PlacementBoard.Page(id, result.score(), result.usable(), false,
                    result.changedParticipants().size(), 1, result.changedParticipants().size(),
                    board.of(id, result.changedParticipants())).rows());
            model.addAttribute("periods", queries.periods(id));
            model.addAttribute("board", board.page(id, PlacementBoard.Filter.none(), 1, 1));
            model.addAttribute("scoreRules", scoreRules(id));
            model.addAttribute("programme", programme(id));
            model.addAttribute("scoreOob", true);
            placement(id, participantId, periodId, model);
            return "planning/board :: changed";
        } catch (ConflictException e) {
            model.addAttribute("panelError", e.kind().equals("stale-edit") ? "stale" : "solving");
        } catch (BadRequestException e) {
            model.addAttribute("panelError", "refused");
            model.addAttribute("panelDetail", String.join("; ", problemTexts.of(e)));
        } catch (InvalidInputException e) {
            model.addAttribute("panelError", "refused");
            model.addAttribute("panelDetail", String.join("; ", problemTexts.of(e)));
        }
        return placement(id, participantId, periodId, model);
    }

    /** The rules behind the score line, so it counts broken rules rather than only their points. */
    private List<ExplanationViews.RuleView> scoreRules(long id) {
        return plans.of(id).read(scored -> ExplanationViews.plan(scored.explanation(), problemTexts.reasons()).rules());
    }

    private ProgrammeQueries.ProgrammeView programme(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id));
    }
}
