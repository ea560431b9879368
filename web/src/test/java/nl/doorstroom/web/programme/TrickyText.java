package nl.doorstroom.web.programme;

import java.util.List;
import java.util.Random;

/**
 * Text that has broken CSV files, spreadsheets, databases and pages before: separators, quotes, line feeds, formula
 * marks, blanks at either end, markup, and Unicode of every kind (combining marks, emoji with joiners, right-to-left
 * text and its controls, characters outside the Basic Multilingual Plane, random code points). Seeded, so a failing
 * case is made again from its seed.
 */
final class TrickyText {

    private static final List<String> MARKS = List.of("\"", "\"\"", ";", ",", "\n", "=", "+", "-", "@", " ", "\t",
            "'", "|", "&amp;", "<b>", "</td>", ">", "\\", "%", "{", "}", "#", "?", "/", "*", "$", "`", "${x}", "[[x]]");
    private static final List<String> UNICODE = List.of("e\u0301", "\u0308", "😀", "👩\u200D💻", "🇳🇱", "مرحبا",
            "שלום", "\u202E", "\u200F", "𠜎", "𝔘", "Zoë", "Çelik", "ß", "İ", "ﬁ", "\u00A0", "\u2028", "\uFEFF",
            "\u200B", "Ω");
    /** Letters and digits of every kind, and the three marks an id may hold besides. */
    private static final List<String> ID_PARTS = List.of("T", "x", "7", "-", "_", ".", "Ω", "ß", "İ", "ë", "𝔘",
            "𠜎", "ש", "م", "٣");

    private final Random random;

    TrickyText(long seed) {
        this.random = new Random(seed);
    }

    /** A name: never blank (a letter somewhere), otherwise anything, blanks at either end included. */
    String name() {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(3) == 0) {
            text.append(random.nextBoolean() ? " " : "\t");
        }
        int pieces = 1 + random.nextInt(6);
        int letterAt = random.nextInt(pieces);
        for (int i = 0; i < pieces; i++) {
            if (i == letterAt) {
                text.append(random.nextBoolean() ? "Anna" : "Zoë");
            }
            text.append(piece());
        }
        if (random.nextInt(3) == 0) {
            text.append(random.nextBoolean() ? "  " : "\t");
        }
        return text.toString();
    }

    /** An id as the rules allow it: letters and digits of any script, {@code -}, {@code _} and {@code .}. */
    String id(int maxParts) {
        StringBuilder id = new StringBuilder();
        int parts = 1 + random.nextInt(maxParts);
        for (int i = 0; i < parts; i++) {
            id.append(ID_PARTS.get(random.nextInt(ID_PARTS.size())));
        }
        return id.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    private String piece() {
        return switch (random.nextInt(4)) {
            case 0 -> MARKS.get(random.nextInt(MARKS.size()));
            case 1 -> UNICODE.get(random.nextInt(UNICODE.size()));
            case 2 -> new String(Character.toChars(anyCodePoint()));
            default -> "de";
        };
    }

    /**
     * Any code point but a lone surrogate (which UTF-8 cannot carry) and a carriage return (a line end inside a
     * quoted cell reads back as a line feed, as spreadsheets write it).
     */
    private int anyCodePoint() {
        while (true) {
            int c = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(Character.MAX_CODE_POINT + 1);
            if (!(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) && c != '\r') {
                return c;
            }
        }
    }
}
