package nl.doorstroom.web.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final PublishedPlans published;

    IncomingParticipants(JdbcClient jdbc, PublishedPlans published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    private record Latest(long id, String name, int number) {
    }

    List<Programme> at(String hostCode) {
        return jdbc.sql("""
                select pr.id, pr.name, v.number from programme pr
                join plan_version v on v.programme_id = pr.id
                where v.number = (select max(number) from plan_version where programme_id = pr.id)
                  and exists (select 1 from published_placement pp where pp.plan_version_id = v.id
                              and pp.host_code = ?)
                order by pr.id""")
                .param(hostCode)
                .query((rs, i) -> new Latest(rs.getLong(1), rs.getString(2), rs.getInt(3))).list().stream()
                .map(p -> new Programme(p.id(), p.name(), p.number(), periods(published.latestAt(p.id(), hostCode))))
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
