package nl.doorstroom.solver.input;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.doorstroom.solver.constraints.Reason;

/**
 * One thing wrong in a programme's input: where it is and what was expected, in words from the problem bundles
 * (Dutch and English). Arguments are plain values, {@link Text}s, or the {@link Reason} of a broken rule.
 */
public record InputProblem(Where where, String key, List<Object> args) {

    public InputProblem {
        Objects.requireNonNull(where);
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    public static InputProblem of(Where where, String key, Object... args) {
        return new InputProblem(where, key, List.of(args));
    }

    public String file() {
        return where.file();
    }

    public int line() {
        return where.line();
    }

    public int column() {
        return where.column();
    }

    /** The field path of JSON or form input; null for a file. */
    public String path() {
        return where.path();
    }

    /** What is wrong, in English, as the command line and the API give it. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    public String message(Locale locale) {
        return InputTexts.of(locale).format(Text.of(key, args.toArray()));
    }

    /** The rule a pinned placement breaks, for a page to say it its own way; null otherwise. */
    public Reason brokenRule() {
        return args.stream().filter(Reason.class::isInstance).map(Reason.class::cast).findFirst().orElse(null);
    }

    /** Location and message in the given language. */
    public String toString(Locale locale) {
        return where + ": " + message(locale);
    }

    @Override
    public String toString() {
        return toString(Locale.ENGLISH);
    }
}
