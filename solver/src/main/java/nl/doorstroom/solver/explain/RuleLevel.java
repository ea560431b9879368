package nl.doorstroom.solver.explain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** How much a broken rule matters. */
public enum RuleLevel {
    /** The plan is not usable. */
    HARD,
    /** A host asked for more people, or a pool member waits for an assignment. */
    MEDIUM,
    /** The plan could be better. */
    SOFT;

    static RuleLevel of(HardMediumSoftLongScore weight) {
        if (weight.hardScore() != 0) {
            return HARD;
        }
        return weight.mediumScore() != 0 ? MEDIUM : SOFT;
    }

    /** The penalty on this level, as a positive number. */
    public long penaltyIn(HardMediumSoftLongScore score) {
        return -switch (this) {
            case HARD -> score.hardScore();
            case MEDIUM -> score.mediumScore();
            case SOFT -> score.softScore();
        };
    }
}
