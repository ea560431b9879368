package nl.doorstroom.solver.input;

import java.util.Arrays;
import java.util.List;

/**
 * Words still to be put in a language: a key of the problem bundle and its arguments. Arguments may be texts
 * themselves, so a problem can say what was expected ("expected a whole number from 1 to 18") in the reader's
 * language too.
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    /** Texts without arguments, such as what a field expects, are asked for per record: made once each. */
    private static final java.util.Map<String, Text> WITHOUT_ARGUMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    public static Text of(String key, Object... args) {
        if (args.length == 0) {
            return WITHOUT_ARGUMENTS.computeIfAbsent(key, k -> new Text(k, List.of()));
        }
        return new Text(key, Arrays.asList(args));
    }
}
