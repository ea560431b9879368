package nl.doorstroom.web.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A before or after value as the features record it: mostly a record's text, {@code Name[field=value, ...]},
 * sometimes followed by a remark ({@code Row[host=GM0363, pinned=true, version=2], plan score 0hard/...}), sometimes
 * plain words. Read back into its fields so the trail can name what changed instead of showing the text.
 */
record RecordedValue(Map<String, String> fields, String remark) {

    /** A comma that starts the next field, not one inside a value such as a name "Jansen, A.". */
    private static final Pattern NEXT_FIELD = Pattern.compile(", [A-Za-z]+=");

    static final RecordedValue NONE = new RecordedValue(Map.of(), null);

    /** How a placement's edit is recorded: {@code host GM0363, pinned, version 2[, plan score ...]}. */
    private static final Pattern PLACEMENT = Pattern
            .compile("host (\\S+), (pinned|not pinned), version (\\d+)(?:, (.*))?", Pattern.DOTALL);

    static RecordedValue parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Matcher placement = PLACEMENT.matcher(text.strip());
        if (placement.matches()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("host", placement.group(1).equals("-") ? "null" : placement.group(1));
            fields.put("pinned", String.valueOf(placement.group(2).equals("pinned")));
            fields.put("version", placement.group(3));
            return new RecordedValue(fields, placement.group(4));
        }
        int open = text.indexOf('[');
        int close = open < 0 ? -1 : matching(text, open);
        if (open <= 0 || close < 0 || !text.substring(0, open).matches("[A-Za-z]+")) {
            return new RecordedValue(Map.of(), text.strip());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : topLevelParts(text.substring(open + 1, close))) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                return new RecordedValue(Map.of(), text.strip()); // not a record's text after all
            }
            fields.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        String rest = text.substring(close + 1).strip();
        if (rest.startsWith(",")) {
            rest = rest.substring(1).strip();
        }
        return new RecordedValue(fields, rest.isEmpty() ? null : rest);
    }

    boolean isRecord() {
        return !fields.isEmpty();
    }

    /** The parts between commas that are not inside brackets, so {@code unavailable=[A, B]} stays one. */
    private static List<String> topLevelParts(String inside) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0 && NEXT_FIELD.matcher(inside).region(i, inside.length()).lookingAt()) {
                parts.add(inside.substring(start, i));
                start = i + 2;
            }
        }
        if (start < inside.length()) {
            parts.add(inside.substring(start));
        }
        return parts;
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '[') {
                depth++;
            } else if (text.charAt(i) == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
