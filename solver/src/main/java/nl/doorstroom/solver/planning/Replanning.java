package nl.doorstroom.solver.planning;

import java.time.LocalDate;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/** Re-planning a published plan never touches what has already begun. */
public final class Replanning {

    private Replanning() {
    }

    /**
     * Pins every placement whose period started on or before {@code today}: the past and the
     * current period stay as they are, only the future is planned again.
     *
     * @return how many placements were newly pinned
     */
    public static int pinStartedPeriods(Plan plan, LocalDate today) {
        int pinned = 0;
        for (Placement placement : plan.getPlacements()) {
            if (!placement.isPinned() && !placement.getPeriod().getStart().isAfter(today)) {
                placement.setPinned(true);
                pinned++;
            }
        }
        return pinned;
    }
}
