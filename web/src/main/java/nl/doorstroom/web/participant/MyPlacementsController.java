package nl.doorstroom.web.participant;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;

/** The signed-in participant's own published placements; the paths carry no ids, so nobody else's can be asked for. */
@RestController
@RequestMapping("/api/me")
@PreAuthorize("hasRole('PARTICIPANT')")
@Tag(name = "Me (participant)", description = "Own published placements, calendar and wishes")
class MyPlacementsController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final PublishedPlacements placements;

    MyPlacementsController(PublishedPlacements placements) {
        this.placements = placements;
    }

    @GetMapping("/placements")
    @Operation(summary = "Own placements in the latest published version (never the draft)",
            description = "Period, dates, host, town, layer, one-way commute, and whether past, current or upcoming. "
                    + "Empty until the coordinator publishes a first version.")
    List<PlacementView> placements(@AuthenticationPrincipal CurrentUser user) {
        return placements.of(user.programmeId(), user.participantId());
    }

    @GetMapping(value = "/calendar.ics", produces = "text/calendar")
    @Operation(summary = "Own published placements as an iCalendar file, one all-day event per placement")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal CurrentUser user) {
        return calendarOf(user, placements);
    }

    /** The participant's published placements as a downloadable .ics; the "Mijn rotaties" page serves it too. */
    static ResponseEntity<byte[]> calendarOf(CurrentUser user, PublishedPlacements placements) {
        byte[] ics = PlacementCalendar.of(user.programmeId(), user.participantId(),
                placements.of(user.programmeId(), user.participantId()));
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("doorstroom.ics").build().toString())
                .body(ics);
    }
}
