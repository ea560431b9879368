package nl.doorstroom.web.participant;

import org.springframework.stereotype.Component;

/** A participant's calendar of the latest published version, as they download it, for the notice mailed to them. */
@Component
public class ParticipantCalendars {

    private final PublishedPlacements placements;

    ParticipantCalendars(PublishedPlacements placements) {
        this.placements = placements;
    }

    public byte[] of(long programmeId, String participantId) {
        return PlacementCalendar.of(programmeId, participantId, placements.of(programmeId, participantId));
    }
}
