package nl.doorstroom.web.participant;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.system.NotFoundException;

@RestController
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Programmes")
class ParticipantPlacementsController {

    private final PublishedPlacements placements;
    private final ProgrammeQueries queries;

    ParticipantPlacementsController(PublishedPlacements placements, ProgrammeQueries queries) {
        this.placements = placements;
        this.queries = queries;
    }

    @GetMapping("/api/programmes/{id}/participants/{participantId}/placements")
    @Operation(summary = "A participant's placements in the latest published version, as the participant sees them")
    List<PlacementView> placements(@PathVariable long id, @PathVariable String participantId) {
        queries.participant(id, participantId)
                .orElseThrow(() -> new NotFoundException("no participant " + participantId + " in programme " + id));
        return placements.of(id, participantId);
    }
}
