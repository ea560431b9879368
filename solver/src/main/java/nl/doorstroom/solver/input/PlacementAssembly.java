package nl.doorstroom.solver.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;

/** The placement records of a plan that is read back (pins, the published plan), checked. */
final class PlacementAssembly {

    private PlacementAssembly() {
    }

    /** The placement records by placement id, once each, in a period the participant is planned in. */
    static Map<String, PlacementRecord> placements(List<PlacementRecord> records, OrganisationIndex organisations,
            Periods periods, ParticipantAssembly participants, Fields fields, Problems problems) {
        Map<String, PlacementRecord> byId = new HashMap<>();
        Map<String, Origin> firsts = new HashMap<>();
        for (PlacementRecord record : records) {
            Origin origin = record.origin();
            Participant participant = participants.find(origin, "participant", record.participant());
            String periodId = fields.text(origin, "period", record.period(), Text.of("expect.period"));
            Period period = periodId == null ? null : periods.find(origin, "period", periodId, problems);
            boolean hostOk = record.host() == null || record.host().isBlank()
                    || organisations.find(origin, "host", record.host(), problems) != null;
            if (participant == null || period == null) {
                continue;
            }
            String id = Placement.idOf(participant, period);
            Origin first = firsts.putIfAbsent(id, origin);
            if (first != null) {
                problems.at(origin, "period", "placement.duplicate", participant.getId(), period.getId(),
                        first.firstMention());
            } else if (!participant.isPlannedIn(period)) {
                problems.at(origin, "period", "placement.notPlanned", participant.getId(), period.getId());
            } else if (hostOk && !origin.hasUnreadable()) {
                byId.put(id, record);
            }
        }
        return byId;
    }
}
