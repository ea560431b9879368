package nl.doorstroom.solver.input;

import java.math.BigDecimal;

/** The numbers a field allows, and what a problem says was expected. */
public record Range(double min, double max, boolean whole) {

    public static Range whole(int min, int max) {
        return new Range(min, max, true);
    }

    public static Range atLeast(int min) {
        return new Range(min, Integer.MAX_VALUE, true);
    }

    public static Range decimal(double min, double max) {
        return new Range(min, max, false);
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** "a whole number from 1 to 18", "a whole number ≥ 0", "decimal degrees from -90 to 90". */
    public Text expected() {
        if (!whole) {
            return Text.of("expect.decimalFromTo", number(min), number(max));
        }
        return max == Integer.MAX_VALUE ? Text.of("expect.wholeAtLeast", number(min))
                : Text.of("expect.wholeFromTo", number(min), number(max));
    }

    /** 60 rather than 60.0, 51.716 as written. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
