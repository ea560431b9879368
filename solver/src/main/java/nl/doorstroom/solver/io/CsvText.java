package nl.doorstroom.solver.io;

/**
 * What counts as blank around a CSV value, for the reader that trims unquoted values and the writer that quotes
 * values which would otherwise lose their blanks: spaces, tabs, control characters and the no-break spaces a
 * spreadsheet leaves behind.
 */
final class CsvText {

    private CsvText() {
    }

    static boolean isBlank(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Without blanks at either end. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** A value that only keeps its blanks at either end when it is quoted. */
    static boolean hasBlankAtAnEnd(String text) {
        return !text.isEmpty() && (isBlank(text.charAt(0)) || isBlank(text.charAt(text.length() - 1)));
    }
}
