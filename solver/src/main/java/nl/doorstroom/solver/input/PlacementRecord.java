package nl.doorstroom.solver.input;

/**
 * A placement of the plan; fields {@code participant, period, host, pinned}. A blank host is a period without a
 * placement. {@code publishedHost} is where the published plan puts the participant, for re-planning (rule 11):
 * a programme folder's placements.csv is the published plan itself, a stored draft names it separately.
 */
public record PlacementRecord(Origin origin, String participant, String period, String host, boolean pinned,
        String publishedHost) {
}
