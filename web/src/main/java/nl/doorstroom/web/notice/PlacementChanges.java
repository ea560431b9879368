package nl.doorstroom.web.notice;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.doorstroom.web.publishing.PublishedPlans;

/**
 * Who a new version concerns, compared with the one before: a participant whose host changed in any period (or
 * who is in a version for the first time), and a host whose incoming participants changed (or who takes someone
 * for the first time, or nobody any more). Everyone else is left alone.
 */
record PlacementChanges(Set<String> participants, Set<String> hosts, Set<String> changedPlacements) {

    static PlacementChanges between(List<PublishedPlans.Placement> before, List<PublishedPlans.Placement> after) {
        Map<String, String> was = hostsByPlacement(before);
        Map<String, String> is = hostsByPlacement(after);
        Set<String> participants = new TreeSet<>();
        Set<String> hosts = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        for (PublishedPlans.Placement p : after) {
            String id = id(p);
            if (!was.containsKey(id) || !Objects.equals(was.get(id), is.get(id))) {
                participants.add(p.participantId());
                changed.add(id);
                if (p.hostCode() != null) {
                    hosts.add(p.hostCode());
                }
                if (was.get(id) != null) {
                    hosts.add(was.get(id)); // the host left behind
                }
            }
        }
        // A host that took someone in a placement that is gone altogether (a participant removed) hears it too.
        before.stream().filter(p -> !is.containsKey(id(p)) && p.hostCode() != null)
                .forEach(p -> hosts.add(p.hostCode()));
        return new PlacementChanges(participants, hosts, changed);
    }

    static String id(PublishedPlans.Placement p) {
        return p.participantId() + "@" + p.periodId();
    }

    private static Map<String, String> hostsByPlacement(List<PublishedPlans.Placement> placements) {
        // TreeMap: a pool member between assignments has a null host, which a collector's HashMap refuses
        Map<String, String> hosts = new TreeMap<>();
        placements.forEach(p -> hosts.put(id(p), p.hostCode()));
        return hosts;
    }

    /** The placements at one host, for its notice. */
    static List<PublishedPlans.Placement> at(String hostCode, List<PublishedPlans.Placement> placements) {
        return placements.stream().filter(p -> hostCode.equals(p.hostCode())).collect(Collectors.toList());
    }
}
