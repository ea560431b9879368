package nl.doorstroom.web.board;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;

@RestController
@RequestMapping("/api/programmes/{id}/placements")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Placements", description = "The draft plan as a board; moving, pinning and unpinning placements")
class PlacementController {

    @Schema(description = "The host to move to (blank: none) and the version of the placement you read")
    record Move(String host, Integer version) {
    }

    @Schema(description = "The version of the placement you read")
    record Version(Integer version) {
    }

    private final PlacementBoard board;
    private final PlacementMoves moves;
    private final Recommendations recommendations;

    PlacementController(PlacementBoard board, PlacementMoves moves, Recommendations recommendations) {
        this.board = board;
        this.moves = moves;
        this.recommendations = recommendations;
    }

    @GetMapping
    @Operation(summary = "A page of the board: per participant their placements (period, host, pinned, version, "
            + "commute, broken-rule flag)",
            description = "Participants are sorted by name, 50 a page by default (size 1 to 200, page from 1); "
                    + "'total' says how many match the filters: participant (name contains), host (code), layer, "
                    + "period (the other filters then look at that period only) and broken (a hard or medium rule).")
    PlacementBoard.Page placements(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String participant,
            @RequestParam(required = false) String host, @RequestParam(required = false) String layer,
            @RequestParam(required = false) String period, @RequestParam(required = false) boolean broken) {
        return board.page(id, new PlacementBoard.Filter(participant, host, layer, period, broken), page, size);
    }

    @GetMapping("/{participantId}/{periodId}")
    @Operation(summary = "One placement as on the board")
    PlacementBoard.PlacementView placement(@PathVariable long id, @PathVariable String participantId,
            @PathVariable String periodId) {
        return board.one(id, participantId, periodId);
    }

    @GetMapping("/{participantId}/{periodId}/recommendations")
    @Operation(summary = "The five best other hosts for this placement, best first, with the plan's score there")
    List<Recommendations.View> recommendations(@PathVariable long id, @PathVariable String participantId,
            @PathVariable String periodId) {
        return recommendations.forPlacement(id, participantId, periodId);
    }

    @PutMapping("/{participantId}/{periodId}")
    @Operation(summary = "Move a placement to a host and pin it",
            description = "409 when the version is stale or the plan is being solved; 400 when the pinned "
                    + "placement would break a hard rule. Nothing changes then.")
    PlacementMoves.Result move(@PathVariable long id, @PathVariable String participantId,
            @PathVariable String periodId, @RequestBody Move move, @AuthenticationPrincipal CurrentUser user) {
        return moves.move(id, participantId, periodId, move.host(), move.version(), user.getUsername());
    }

    @PostMapping("/{participantId}/{periodId}/pin")
    @Operation(summary = "Pin a placement where it is: the solver will not move it")
    PlacementMoves.Result pin(@PathVariable long id, @PathVariable String participantId,
            @PathVariable String periodId, @RequestBody Version version, @AuthenticationPrincipal CurrentUser user) {
        return moves.pin(id, participantId, periodId, version.version(), user.getUsername());
    }

    @PostMapping("/{participantId}/{periodId}/unpin")
    @Operation(summary = "Unpin a placement: the solver may move it again")
    PlacementMoves.Result unpin(@PathVariable long id, @PathVariable String participantId,
            @PathVariable String periodId, @RequestBody Version version, @AuthenticationPrincipal CurrentUser user) {
        return moves.unpin(id, participantId, periodId, version.version(), user.getUsername());
    }
}
