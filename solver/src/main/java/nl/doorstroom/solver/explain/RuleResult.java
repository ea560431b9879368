package nl.doorstroom.solver.explain;

import java.util.List;

/** How one rule scores in a plan, with every match, the most expensive first. */
public record RuleResult(String rule, RuleLevel level, long penalty, List<Breach> breaches) {

    public boolean isBroken() {
        return penalty != 0;
    }
}
