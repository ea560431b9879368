package nl.doorstroom.web.publishing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which placements moved between two published versions. */
final class VersionDiff {

    /** A host is null where the participant had no placement (a pool member between assignments, or not planned). */
    record Change(String participantId, String participantName, String periodId, String hostBefore,
            String hostBeforeName, String hostAfter, String hostAfterName) {
    }

    private VersionDiff() {
    }

    static List<Change> between(List<PublishedPlans.Placement> from, List<PublishedPlans.Placement> to) {
        Map<String, PublishedPlans.Placement> before = byPlacement(from);
        Map<String, PublishedPlans.Placement> after = byPlacement(to);
        Map<String, PublishedPlans.Placement> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        List<Change> changes = new ArrayList<>();
        all.forEach((key, any) -> {
            PublishedPlans.Placement b = before.get(key);
            PublishedPlans.Placement a = after.get(key);
            String hostBefore = b == null ? null : b.hostCode();
            String hostAfter = a == null ? null : a.hostCode();
            if (!Objects.equals(hostBefore, hostAfter)) {
                changes.add(new Change(any.participantId(), any.participantName(), any.periodId(), hostBefore,
                        b == null ? null : b.hostName(), hostAfter, a == null ? null : a.hostName()));
            }
        });
        changes.sort(Comparator.comparing(Change::participantId).thenComparing(c -> start(all, c)));
        return changes;
    }

    private static java.time.LocalDate start(Map<String, PublishedPlans.Placement> all, Change change) {
        return all.get(change.participantId() + "@" + change.periodId()).start();
    }

    private static Map<String, PublishedPlans.Placement> byPlacement(List<PublishedPlans.Placement> placements) {
        Map<String, PublishedPlans.Placement> map = new LinkedHashMap<>();
        placements.forEach(p -> map.put(p.participantId() + "@" + p.periodId(), p));
        return map;
    }
}
