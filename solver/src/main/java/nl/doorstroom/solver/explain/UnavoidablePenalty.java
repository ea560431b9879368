package nl.doorstroom.solver.explain;

import nl.doorstroom.solver.constraints.Reason;

/** A soft rule whose penalty no plan can avoid with the programme's hosts, and why, in words. */
public record UnavoidablePenalty(String rule, Reason words) {
}
