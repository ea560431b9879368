package nl.doorstroom.solver.input;

/**
 * The bounds every input must keep, wherever it comes from: a programme folder, a form or the API. Upper bounds
 * keep sums and pages sane; they lie far beyond any real programme.
 */
public final class Limits {

    public static final Range SALARY_SCALE = Range.whole(1, 18);
    public static final Range PERIOD_COUNT = Range.whole(1, 100);
    public static final Range ROTATION_MONTHS = Range.whole(1, 24);
    public static final Range COMMUTE_KM = Range.whole(0, 1000);
    public static final Range LAYER_VARIETY = Range.whole(0, 4);
    /** Participants a host asks for at least, or takes at most, in one slot. */
    public static final Range SLOT_SIZE = Range.whole(0, 10_000);
    public static final Range DISTANCE_KM = Range.whole(0, 10_000);
    public static final Range DISTANCE_MINUTES = Range.whole(0, 10_000);
    public static final Range POPULATION = Range.whole(0, 100_000_000);
    public static final Range LATITUDE = Range.decimal(-90, 90);
    public static final Range LONGITUDE = Range.decimal(-180, 180);

    /** Longest id of a participant or code of an organisation. */
    public static final int ID_LENGTH = 64;
    /** Longest name, town, discipline or other text. */
    public static final int TEXT_LENGTH = 200;

    /** Default settings of a programme (data/README.md). */
    public static final int DEFAULT_ROTATION_MONTHS = 6;
    public static final int DEFAULT_MAX_COMMUTE_KM = 60;
    public static final int DEFAULT_LAYER_VARIETY = 3;

    private Limits() {
    }
}
