package nl.doorstroom.solver.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields in one pass, remembering for each record the physical line it starts on
 * and for each field whether it was quoted. Our own, because a spreadsheet user's file needs both: OpenCSV's
 * reader gives a quoted field and an unquoted one as the same string, so it cannot keep the spaces of
 * {@code " Den Haag "} while dropping those around an unquoted value, and it counts logical rather than physical
 * lines after a field with a line break.
 *
 * <p>A field is quoted when its first character other than spaces or tabs is {@code "}; inside, {@code ""} is a
 * quote and separators and line breaks are text; a CRLF there is one line break, as a spreadsheet means it (it
 * stores a line break in a cell as LF, and a file saved with CRLF line ends turns that into CRLF). Spaces before
 * the opening and after the closing quote are not part of the value. A quote inside an unquoted field is taken as text. LF, CRLF and a lone CR end a record.
 */
final class CsvTokenizer {

    /** One record: its fields as written (unquoted fields not yet trimmed) and which of them were quoted. */
    record Record(int line, String[] fields, boolean[] quoted) {

        boolean isQuoted(int field) {
            return quoted != null && field < quoted.length && quoted[field];
        }

        /** Nothing but empty or blank unquoted fields: an empty line, or one of separators only. */
        boolean isBlank() {
            for (int i = 0; i < fields.length; i++) {
                if (isQuoted(i) ? !fields[i].isEmpty() : !CsvText.isBlank(fields[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A quoted field that is never closed, starting at this line and field. */
    static final class UnclosedQuote extends Exception {
        final int line;
        final int field;

        UnclosedQuote(int line, int field) {
            super(null, null, false, false);
            this.line = line;
            this.field = field;
        }
    }

    private final String text;
    private final char separator;
    private int position;
    private int line = 1;

    private CsvTokenizer(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /** Every record, blank ones included, in order. */
    static List<Record> records(String text, char separator) throws UnclosedQuote {
        CsvTokenizer tokenizer = new CsvTokenizer(text, separator);
        List<Record> records = new ArrayList<>();
        while (tokenizer.position < text.length()) {
            records.add(tokenizer.next());
        }
        return records;
    }

    private Record next() throws UnclosedQuote {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        boolean[] quoted = null;
        StringBuilder field = new StringBuilder();
        while (true) {
            int fieldStart = position;
            while (position < text.length() && isSpaceOrTab(text.charAt(position))) {
                position++;
            }
            boolean isQuoted = position < text.length() && text.charAt(position) == '"';
            field.setLength(0);
            if (isQuoted) {
                readQuoted(field, fields.size());
                if (quoted == null) {
                    quoted = new boolean[Math.max(8, fields.size() + 1)];
                } else if (quoted.length <= fields.size()) {
                    quoted = java.util.Arrays.copyOf(quoted, quoted.length * 2);
                }
                quoted[fields.size()] = true;
            } else {
                position = fieldStart;
            }
            int end = readUnquoted(field, isQuoted);
            fields.add(field.toString());
            if (end != separator) {
                endLine(end);
                return new Record(startLine, fields.toArray(String[]::new), quoted);
            }
        }
    }

    /** Reads from the opening quote up to and including the closing one. */
    private void readQuoted(StringBuilder field, int fieldIndex) throws UnclosedQuote {
        int openedOn = line;
        position++;
        while (true) {
            int quote = text.indexOf('"', position);
            if (quote < 0) {
                throw new UnclosedQuote(openedOn, fieldIndex + 1);
            }
            for (int i = position; i < quote; i++) {
                char c = text.charAt(i);
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (c == '\n' || c == '\r' && !crlf) {
                    line++;
                }
                if (!crlf) {
                    field.append(c);
                }
            }
            position = quote + 1;
            if (position < text.length() && text.charAt(position) == '"') {
                field.append('"');
                position++;
            } else {
                return;
            }
        }
    }

    /**
     * Reads up to the next separator or line end, which it returns (0 at the end of the text). After a closing
     * quote, blanks are skipped and anything else is kept as text.
     */
    private int readUnquoted(StringBuilder field, boolean afterQuote) {
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == separator || c == '\n' || c == '\r') {
                break;
            }
            position++;
        }
        if (afterQuote) {
            String rest = text.substring(start, position);
            if (!CsvText.isBlank(rest)) {
                field.append(CsvText.stripTrailing(rest));
            }
        } else {
            field.append(text, start, position);
        }
        if (position >= text.length()) {
            return 0;
        }
        return text.charAt(position++);
    }

    private void endLine(int end) {
        if (end == '\r' && position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        if (end != 0) {
            line++;
        }
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }
}
