package nl.doorstroom.solver.input;

import java.util.ArrayList;
import java.util.List;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.domain.WishSource;

/**
 * The wishes, checked: a wish can be honoured only at a host of the programme, in a period in which the
 * participant is planned and the host declared capacity (for a wish without a period: some such period). One
 * that can never be honoured would cost the plan its penalty for ever, so it is refused where it is written.
 */
final class WishAssembly {

    private WishAssembly() {
    }

    static List<Wish> wishes(List<WishRecord> records, OrganisationIndex organisations, Periods periods,
            ParticipantAssembly participants, CapacityAssembly capacity, Fields fields, Problems problems) {
        List<Wish> wishes = new ArrayList<>();
        for (WishRecord record : records) {
            Origin origin = record.origin();
            Participant participant = participants.find(origin, "participant", record.participant());
            String code = fields.id(origin, "host", record.host(), Text.of("expect.hostCode"));
            Organisation host = code == null ? null : organisations.find(origin, "host", code, problems);
            boolean anyPeriod = record.period() == null || record.period().isBlank();
            Period period = anyPeriod || origin.isUnreadable("period") ? null
                    : periods.find(origin, "period", record.period(), problems);
            WishSource by = record.by() == null ? WishSource.PARTICIPANT : record.by();
            if (participant == null || host == null || !anyPeriod && period == null || origin.hasUnreadable()) {
                continue;
            }
            boolean canBeHonoured = anyPeriod
                    ? canBeHonouredSomeTime(origin, participant, host, periods, capacity, problems)
                    : canBeHonouredIn(origin, participant, host, period, periods, capacity, problems);
            if (canBeHonoured) {
                wishes.add(new Wish(by, participant, host, period));
            }
        }
        return wishes;
    }

    private static boolean canBeHonouredIn(Origin origin, Participant participant, Organisation host, Period period,
            Periods periods, CapacityAssembly capacity, Problems problems) {
        boolean ok = true;
        if (!participant.isPlannedIn(period)) {
            problems.at(origin, "period", "wish.notPlanned", participant.getId(), period.getId());
            ok = false;
        }
        if (capacity.isComplete()) {
            if (!capacity.isHost(host)) {
                problems.at(origin, "host", "wish.notAHost", host.getCode(), host.getName());
                ok = false;
            } else if (!capacity.declares(host, period)) {
                problems.at(origin, "period", "wish.noCapacityInPeriod", host.getCode(), period.getId(),
                        String.join(", ", capacity.periodsOf(host, periods.list())));
                ok = false;
            }
        }
        return ok;
    }

    private static boolean canBeHonouredSomeTime(Origin origin, Participant participant, Organisation host,
            Periods periods, CapacityAssembly capacity, Problems problems) {
        if (!capacity.isComplete()) {
            return true;
        }
        if (!capacity.isHost(host)) {
            problems.at(origin, "host", "wish.notAHost", host.getCode(), host.getName());
            return false;
        }
        List<Period> planned = periods.list().stream().filter(participant::isPlannedIn).toList();
        if (planned.stream().noneMatch(p -> capacity.declares(host, p))) {
            problems.at(origin, "host", "wish.noCapacityWhilePlanned", host.getCode(), participant.getId(),
                    String.join(", ", planned.stream().map(Period::getId).toList()),
                    String.join(", ", capacity.periodsOf(host, periods.list())));
            return false;
        }
        return true;
    }
}
