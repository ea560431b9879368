package nl.doorstroom.solver.io;

/** Decimal numbers as a spreadsheet writes them: {@code 51.56} or, in Dutch, {@code 51,56}. */
final class Decimals {

    private Decimals() {
    }

    /** The number, or null for text that is not one (letters such as "NaN", "Infinity" or "1e3" included). */
    static Double parse(String text) {
        String value = text.replace(',', '.');
        int digits = 0;
        int points = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                points++;
            } else if (!(i == 0 && (c == '-' || c == '+'))) {
                return null;
            }
        }
        if (digits == 0 || points > 1) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
