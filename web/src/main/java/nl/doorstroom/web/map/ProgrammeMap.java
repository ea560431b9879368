package nl.doorstroom.web.map;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/** What the map shows of one programme: its hosts with their placements, and one participant's commutes. */
@Component
class ProgrammeMap {

    record HostPoint(String code, String name, String layer, double x, double y, int placed, double radius) {
    }

    record Commuter(String id, String name) {
    }

    record CommuteLine(String period, String hostName, double x1, double y1, double x2, double y2, int km) {
    }

    record Home(String label, double x, double y) {
    }

    private final NetherlandsOutline outline;

    ProgrammeMap(NetherlandsOutline outline) {
        this.outline = outline;
    }

    /** Hosts of the programme, sized by their draft placements (in one period, or in all when period is null). */
    List<HostPoint> hosts(Plan plan, String period) {
        Set<Organisation> hosts = new LinkedHashSet<>();
        plan.getCapacityDeclarations().stream().map(CapacityDeclaration::getHost).forEach(hosts::add);
        Map<Organisation, Integer> placed = new HashMap<>();
        for (Placement p : plan.getPlacements()) {
            if (p.getHost() != null && (period == null || p.getPeriod().getId().equals(period))) {
                placed.merge(p.getHost(), 1, Integer::sum);
            }
        }
        return hosts.stream().sorted(Comparator.comparing(Organisation::getName)).map(host -> {
            int count = placed.getOrDefault(host, 0);
            Location at = host.getLocation();
            return new HostPoint(host.getCode(), host.getName(), host.getLayer().name(), outline.x(at), outline.y(at),
                    count, 3 + 2.2 * Math.sqrt(count));
        }).toList();
    }

    List<Commuter> participants(Plan plan) {
        return plan.getParticipants().stream().sorted(Comparator.comparing(Participant::getName))
                .map(p -> new Commuter(p.getId(), p.getName())).toList();
    }

    Home home(Plan plan, String participantId) {
        return participant(plan, participantId)
                .map(p -> new Home(p.getHomeTown(), outline.x(p.getHome()), outline.y(p.getHome()))).orElse(null);
    }

    /** Lines from the participant's home to each draft host, with the commute the rules count. */
    List<CommuteLine> commutes(Plan plan, String participantId) {
        return plan.getPlacements().stream()
                .filter(p -> p.getParticipant().getId().equals(participantId) && p.getHost() != null)
                .sorted(Comparator.comparing(Placement::getPeriod))
                .map(p -> {
                    Location home = p.getParticipant().getHome();
                    Location host = p.getHost().getLocation();
                    Commute commute = p.getCommute();
                    return new CommuteLine(p.getPeriod().getId(), p.getHost().getName(), outline.x(home),
                            outline.y(home), outline.x(host), outline.y(host), commute.km());
                })
                .toList();
    }

    private static java.util.Optional<Participant> participant(Plan plan, String participantId) {
        return plan.getParticipants().stream().filter(p -> p.getId().equals(participantId)).findFirst();
    }
}
