package nl.doorstroom.solver.input;

/**
 * Where one input record came from, so a problem with one of its fields can point at it: a row of a CSV file,
 * an object of JSON or form input, or a stored row. Fields are named as the CSV columns name them
 * ({@code salary_scale}); an origin may call them otherwise in its locations and messages ({@code salaryScale}).
 */
public interface Origin {

    /** Where the field is. */
    Where at(String field);

    /** What messages call the field. */
    default String label(String field) {
        return field;
    }

    /** False when the input left the field out altogether, as a programme.csv without a row for a setting. */
    default boolean isGiven(String field) {
        return true;
    }

    /** The field held text that could not be read as its type; that was reported already, so nothing more is. */
    default boolean isUnreadable(String field) {
        return false;
    }

    /** Some field of the record could not be read: the record is checked, but not used. */
    default boolean hasUnreadable() {
        return false;
    }

    /** For a duplicate: where the first one is, in words ("first on line 3"). */
    Text firstMention();
}
