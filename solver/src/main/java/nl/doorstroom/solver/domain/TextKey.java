package nl.doorstroom.solver.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What two names have in common when people write them differently: the same letters in the same order,
 * whatever the Unicode form ({@code ü} as one character, or {@code u} and a combining diaeresis as macOS saves
 * it), the apostrophe ({@code ’s-Hertogenbosch}), the dash, upper or lower case, and the spaces. Used to compare
 * names and disciplines, never to show them.
 */
public final class TextKey {

    private TextKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder key = new StringBuilder(composed.length());
        boolean space = false;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '_') {
                space = key.length() > 0;
                continue;
            }
            char same = switch (c) {
                case '\u2019', '\u2018', '\u201B', '\u0060', '\u00B4', '\u2032' -> '\'';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> c;
            };
            if (space && same != '-' && (key.length() == 0 || key.charAt(key.length() - 1) != '-')) {
                key.append(' ');
            }
            space = false;
            key.append(same);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
