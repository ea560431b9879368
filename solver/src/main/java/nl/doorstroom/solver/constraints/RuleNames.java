package nl.doorstroom.solver.constraints;

/**
 * The names of the rules, as a planner reads them. They are also the keys for per-programme
 * weights ({@code weight.<name>} in programme.csv), so they never change lightly.
 */
public final class RuleNames {

    // Hard: a plan that breaks one is not usable.
    public static final String HOST_CAPACITY_EXCEEDED = "Host capacity exceeded";
    public static final String NO_DECLARED_CAPACITY = "No declared capacity";
    public static final String SECTOR_NOT_COMPATIBLE = "Sector not compatible";
    public static final String SALARY_SCALE_ABOVE_CEILING = "Salary scale above ceiling";
    public static final String COMMUTE_TOO_LONG = "Commute too long";
    public static final String SAME_HOST_TWICE = "Same host twice";
    public static final String DISCIPLINE_DOES_NOT_FIT = "Discipline does not fit";
    public static final String TRAINEE_NOT_PLACED = "Trainee not placed";

    // Medium: fill what hosts asked for.
    public static final String HOST_MINIMUM_NOT_MET = "Host minimum not met";
    public static final String JUNIOR_BETWEEN_ASSIGNMENTS = "Junior between assignments";

    // Soft: a good plan.
    public static final String TOO_FEW_LAYERS = "Too few layers";
    public static final String SAME_LAYER_TWICE_IN_A_ROW = "Same layer twice in a row";
    public static final String LONG_COMMUTE = "Long commute";
    public static final String WISH_NOT_HONOURED = "Wish not honoured";
    public static final String SECONDMENT_NEEDED = "Secondment needed";
    public static final String CHANGE_TO_PUBLISHED_PLAN = "Change to published plan";
    /** Off by default (weight 0); a programme switches it on with a weight. */
    public static final String UNFAIR_COMMUTE = "Unfair commute";

    /** Every rule, hard first; a weight in programme.csv must name one of these. */
    public static final java.util.List<String> ALL = java.util.List.of(
            HOST_CAPACITY_EXCEEDED, NO_DECLARED_CAPACITY, SECTOR_NOT_COMPATIBLE, SALARY_SCALE_ABOVE_CEILING,
            COMMUTE_TOO_LONG, SAME_HOST_TWICE, DISCIPLINE_DOES_NOT_FIT, TRAINEE_NOT_PLACED,
            HOST_MINIMUM_NOT_MET, JUNIOR_BETWEEN_ASSIGNMENTS,
            TOO_FEW_LAYERS, SAME_LAYER_TWICE_IN_A_ROW, LONG_COMMUTE, WISH_NOT_HONOURED, SECONDMENT_NEEDED,
            CHANGE_TO_PUBLISHED_PLAN, UNFAIR_COMMUTE);

    private RuleNames() {
    }
}
