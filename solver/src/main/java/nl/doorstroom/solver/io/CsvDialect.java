package nl.doorstroom.solver.io;

import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is written: its separator and whether it starts with a byte-order mark. Files the planner
 * writes follow the participants file it read, so a spreadsheet that exported {@code ;} with a mark (Excel in
 * Dutch) opens them in columns again.
 */
public record CsvDialect(char separator, boolean byteOrderMark) {

    /** What the planner writes when it has nothing to follow. */
    public static final CsvDialect PLAIN = new CsvDialect(',', false);

    /** The dialect of a file's content; {@link #PLAIN} for an empty or unreadable one. */
    public static CsvDialect of(byte[] content) {
        if (content == null || content.length == 0) {
            return PLAIN;
        }
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        String text = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.UTF_8);
        return new CsvDialect(separatorOf(bom ? text.substring(1) : text), bom);
    }

    /** A Dutch spreadsheet writes {@code ;}; whichever separator the header uses most is the file's. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean seenText = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenText) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
            if (!Character.isWhitespace(c)) {
                seenText = true;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
