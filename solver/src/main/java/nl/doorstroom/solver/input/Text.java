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

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }
}
