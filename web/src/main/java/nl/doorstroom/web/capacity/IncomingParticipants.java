package nl.doorstroom.web.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import nl.doorstroom.web.publishing.PublishedPlans;

/** Who comes to a host when, from the latest published version of each programme: never the draft. */
@Service
class IncomingParticipants {

    record Programme(long programmeId, String programmeName, int version, List<Period> periods) {
    }

    record Period(String periodId, LocalDate start, LocalDate end, List<Person> participants) {
    }

    record Person(String name, String discipline, String periodId, LocalDate start, LocalDate end) {
    }

    private final PublishedPlans published;

    IncomingParticipants(PublishedPlans published) {
        this.published = published;
    }

    List<Programme> at(String hostCode) {
        return published.latestSendingTo(hostCode).stream()
                .map(p -> new Programme(p.programmeId(), p.programmeName(), p.number(),
                        periods(published.latestAt(p.programmeId(), hostCode))))
                .toList();
    }

    private static List<Period> periods(List<PublishedPlans.Placement> placements) {
        Map<String, Period> byPeriod = new LinkedHashMap<>();
        for (PublishedPlans.Placement p : placements) {
            byPeriod.computeIfAbsent(p.periodId(), id -> new Period(id, p.start(), p.end(), new ArrayList<>()))
                    .participants().add(new Person(p.participantName(), p.discipline(), p.periodId(), p.start(),
                            p.end()));
        }
        return List.copyOf(byPeriod.values());
    }
}
