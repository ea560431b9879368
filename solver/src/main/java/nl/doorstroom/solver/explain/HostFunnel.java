package nl.doorstroom.solver.explain;

import java.util.List;

import nl.doorstroom.solver.constraints.Reason;

/**
 * Why one participant has no usable placement in one period: the hosts of the programme that remain after each
 * hard rule in turn, which rule removed the last one, and the smallest change that would give them a place where
 * that can be worked out.
 *
 * @param steps the hosts that remain after each hard rule in turn, the programme's hosts first
 * @param cause the rule that removed the last host, or {@link #FULL} when hosts remain but are taken, or
 *              {@link #TAKEN_BY_OTHER_PERIODS} when the participant works at each of them in another period, or
 *              {@link #ROOM_LEFT} when one of them still has a free place
 * @param suggestion the smallest change, in words; null when none can be worked out
 */
public record HostFunnel(String participantId, String participantName, String periodId, List<Step> steps,
        String cause, Reason suggestion) {

    /** Hosts remain, but their places in the period are taken. */
    public static final String FULL = "full";
    /** Hosts remain with places free: the planner had too little time, or a pin is in the way. */
    public static final String ROOM_LEFT = "room left";
    /** The hosts that remain are ones the participant works at in another period of this plan. */
    public static final String TAKEN_BY_OTHER_PERIODS = "taken by other periods";

    /**
     * How many hosts remain after a rule, and that in words. {@code rule} is a rule name, or {@link #HOSTS} for the
     * programme's hosts.
     */
    public record Step(String rule, int remaining, Reason words) {
    }

    /** The first step: every host of the programme. */
    public static final String HOSTS = "hosts";

    public HostFunnel {
        steps = List.copyOf(steps);
    }
}
