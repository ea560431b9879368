package nl.doorstroom.solver.constraints;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The message keys a {@link Reason} can carry, one or more per rule. Each names a pattern in the
 * bundle {@code nl.doorstroom.solver.explain.reasons}; the comment says what the arguments are.
 */
public final class ReasonKeys {

    public static final String BUNDLE = "nl.doorstroom.solver.explain.reasons";

    /** {0} host, {1} period, {2} placed, {3} max, {4} participants placed there, {5} discipline of the slot. */
    public static final String HOST_CAPACITY_EXCEEDED = "reason.hostCapacityExceeded";
    /** As {@link #HOST_CAPACITY_EXCEEDED}, for a slot that names a discipline ({5}). */
    public static final String HOST_CAPACITY_EXCEEDED_IN_SLOT = "reason.hostCapacityExceeded.discipline";
    /** {0} participant, {1} host, {2} period. */
    public static final String NO_DECLARED_CAPACITY = "reason.noDeclaredCapacity";
    /** {0} participant, {1} host, {2} period, {3} the participant's discipline (may be empty). */
    public static final String DISCIPLINE_DOES_NOT_FIT = "reason.disciplineDoesNotFit";
    /** {0} participant, {1} host, {2} period, {3} employer, {4} employer sector, {5} host sector. */
    public static final String SECTOR_NOT_COMPATIBLE = "reason.sectorNotCompatible";
    /** {0} participant, {1} host, {2} period, {3} salary scale, {4} the host's ceiling. */
    public static final String SALARY_SCALE_ABOVE_CEILING = "reason.salaryScaleAboveCeiling";
    /** {0} participant, {1} host, {2} period, {3} km, {4} maximum km. */
    public static final String COMMUTE_TOO_LONG = "reason.commuteTooLong";
    /** {0} participant, {1} host, {2} later period, {3} earlier period. */
    public static final String SAME_HOST_TWICE_IN_PLAN = "reason.sameHostTwice.inPlan";
    /** {0} participant, {1} host, {2} period. */
    public static final String SAME_HOST_TWICE_IN_HISTORY = "reason.sameHostTwice.inHistory";
    /** {0} participant, {1} period. */
    public static final String TRAINEE_NOT_PLACED = "reason.traineeNotPlaced";
    /** {0} host, {1} period, {2} placed, {3} min, {4} discipline of the slot. */
    public static final String HOST_MINIMUM_NOT_MET = "reason.hostMinimumNotMet";
    /** As {@link #HOST_MINIMUM_NOT_MET}, for a slot that names a discipline ({4}). */
    public static final String HOST_MINIMUM_NOT_MET_IN_SLOT = "reason.hostMinimumNotMet.discipline";
    /** {0} participant, {1} period. */
    public static final String JUNIOR_BETWEEN_ASSIGNMENTS = "reason.juniorBetweenAssignments";
    /** {0} participant, {1} layers seen, {2} layers asked. */
    public static final String TOO_FEW_LAYERS = "reason.tooFewLayers";
    /** {0} participant, {1} first host, {2} first period, {3} next host, {4} next period. */
    public static final String SAME_LAYER_TWICE_IN_A_ROW = "reason.sameLayerTwiceInARow";
    /** {0} participant, {1} host, {2} period, {3} km, {4} minutes. */
    public static final String LONG_COMMUTE = "reason.longCommute";
    /** {0} participant, {1} host, {2} period. */
    public static final String WISH_OF_PARTICIPANT_IN_PERIOD = "reason.wishNotHonoured.participant.period";
    /** {0} participant, {1} host. */
    public static final String WISH_OF_PARTICIPANT_ANY_PERIOD = "reason.wishNotHonoured.participant.anyPeriod";
    /** {0} participant, {1} host, {2} period. */
    public static final String WISH_OF_HOST_IN_PERIOD = "reason.wishNotHonoured.host.period";
    /** {0} participant, {1} host. */
    public static final String WISH_OF_HOST_ANY_PERIOD = "reason.wishNotHonoured.host.anyPeriod";
    /** {0} participant, {1} host, {2} period, {3} employer. */
    public static final String SECONDMENT_NEEDED = "reason.secondmentNeeded";
    /** {0} participant, {1} published host, {2} period, {3} new host. */
    public static final String CHANGED_FROM_PUBLISHED_HOST = "reason.changeToPublishedPlan.otherHost";
    /** {0} participant, {1} published host, {2} period. */
    public static final String REMOVED_FROM_PUBLISHED_HOST = "reason.changeToPublishedPlan.noHost";
    /**
     * {0} the participant who commutes most, {1} their km summed over their placements, {2} the mean of the
     * participants' sums, {3} the participants counted, {4} the unfairness in km.
     */
    public static final String UNFAIR_COMMUTE = "reason.unfairCommute";

    private ReasonKeys() {
    }

    /** The bundle key of a rule's short title: {@code rule.} and the rule name with underscores for spaces. */
    public static String ruleTitle(String ruleName) {
        return "rule." + ruleName.replace(' ', '_');
    }

    /** Every reason key above. */
    public static List<String> all() {
        return constantsOf(ReasonKeys.class, "BUNDLE");
    }

    /** Every rule title key, one per rule in {@link RuleNames}. */
    public static List<String> allRuleTitles() {
        return constantsOf(RuleNames.class, null).stream().map(ReasonKeys::ruleTitle).toList();
    }

    private static List<String> constantsOf(Class<?> type, String except) {
        List<String> values = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers) && field.getType() == String.class
                    && !field.getName().equals(except)) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
