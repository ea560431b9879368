package nl.doorstroom.solver.input;

/**
 * Checks on single fields of a record, each reporting at the field: filled in, within its bounds, not too long.
 * A field whose text could not be read was reported by the reader and is not checked again.
 */
final class Fields {

    private final Problems problems;

    Fields(Problems problems) {
        this.problems = problems;
    }

    /** The text, or null after reporting it empty or too long. */
    String text(Origin origin, String field, String value, Text expected) {
        if (origin.isUnreadable(field)) {
            return null;
        }
        if (value == null || value.isBlank()) {
            problems.at(origin, field, "value.empty", origin.label(field), expected);
            return null;
        }
        return length(origin, field, value, Limits.TEXT_LENGTH);
    }

    /**
     * A name as it was written, spaces a quoted CSV field or a form kept included; null after reporting it empty
     * or too long. Names are shown, never looked up, so they travel unchanged to pages and downloads.
     */
    String name(Origin origin, String field, String value, Text expected) {
        if (text(origin, field, value, expected) == null) {
            return null;
        }
        if (value.length() > Limits.TEXT_LENGTH) {
            problems.at(origin, field, "value.tooLong", origin.label(field), value.length(), Limits.TEXT_LENGTH);
            return null;
        }
        return value;
    }

    /** An id or code: filled in, short, without spaces or characters that do not belong in a web address. */
    String id(Origin origin, String field, String value, Text expected) {
        String id = text(origin, field, value, expected);
        if (id == null) {
            return null;
        }
        if (id.length() > Limits.ID_LENGTH || !id.codePoints().allMatch(Fields::isIdCharacter)) {
            problems.at(origin, field, "value.badId", origin.label(field), id, Limits.ID_LENGTH);
            return null;
        }
        return id;
    }

    private static boolean isIdCharacter(int c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    /** Optional text: null for blank, else as {@link #text}. */
    String optionalText(Origin origin, String field, String value) {
        if (origin.isUnreadable(field) || value == null || value.isBlank()) {
            return null;
        }
        return length(origin, field, value, Limits.TEXT_LENGTH);
    }

    /**
     * The text as given: a CSV reader has dropped the blanks around an unquoted value already, and kept those of
     * a quoted one on purpose.
     */
    private String length(Origin origin, String field, String value, int max) {
        if (value.length() > max) {
            problems.at(origin, field, "value.tooLong", origin.label(field), value.length(), max);
            return null;
        }
        return storable(origin, field, value) ? value : null;
    }

    /**
     * Whether the text can be stored and shown: a NUL character cannot (PostgreSQL text refuses it). Nobody types
     * one; a file that holds one was saved in another encoding or is not text, so it is said rather than dropped.
     */
    boolean storable(Origin origin, String field, String value) {
        int at = value.indexOf('\0');
        if (at >= 0) {
            problems.at(origin, field, "value.nulCharacter", origin.label(field), at + 1);
            return false;
        }
        return true;
    }

    /** A required number within its range; null after reporting it missing or outside. */
    Integer required(Origin origin, String field, Integer value, Range range) {
        if (origin.isUnreadable(field)) {
            return null;
        }
        if (value == null) {
            problems.at(origin, field, "value.empty", origin.label(field), range.expected());
            return null;
        }
        return within(origin, field, value, range);
    }

    /** An optional number: null when left out, else within its range (null after reporting it outside). */
    Integer optional(Origin origin, String field, Integer value, Range range) {
        if (origin.isUnreadable(field) || value == null) {
            return null;
        }
        return within(origin, field, value, range);
    }

    private Integer within(Origin origin, String field, int value, Range range) {
        if (value < 0 && range.min() == 0) {
            problems.at(origin, field, "number.negative", origin.label(field), value, range.expected());
            return null;
        }
        if (!range.contains(value)) {
            problems.at(origin, field, "number.outside", origin.label(field), value, Range.number(range.min()),
                    Range.number(range.max()));
            return null;
        }
        return value;
    }

    /** A decimal within its range; null when left out or after reporting it outside. */
    Double decimal(Origin origin, String field, Double value, Range range) {
        if (origin.isUnreadable(field) || value == null) {
            return null;
        }
        if (value.isNaN() || value.isInfinite() || !range.contains(value)) {
            problems.at(origin, field, "number.outside", origin.label(field),
                    value.isNaN() || value.isInfinite() ? String.valueOf(value) : Range.number(value),
                    Range.number(range.min()), Range.number(range.max()));
            return null;
        }
        return value;
    }

    /** A value that must be given, such as an enum; null after reporting it empty. */
    <T> T present(Origin origin, String field, T value, Text expected) {
        if (origin.isUnreadable(field)) {
            return null;
        }
        if (value == null) {
            problems.at(origin, field, "value.empty", origin.label(field), expected);
        }
        return value;
    }
}
