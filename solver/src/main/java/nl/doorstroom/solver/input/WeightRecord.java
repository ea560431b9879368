package nl.doorstroom.solver.input;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A rule's weight for one programme: the rule as named by its key or title, and a score such as 0hard/0medium/2soft. */
public record WeightRecord(Origin origin, String rule, HardMediumSoftLongScore weight) {
}
