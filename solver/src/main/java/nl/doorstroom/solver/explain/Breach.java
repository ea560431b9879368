package nl.doorstroom.solver.explain;

import nl.doorstroom.solver.constraints.Reason;

/** One match of a rule: why it matched and what it costs, as a positive penalty on the rule's level. */
public record Breach(Reason reason, long penalty) {
}
