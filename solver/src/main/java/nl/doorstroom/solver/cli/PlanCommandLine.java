package nl.doorstroom.solver.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The parsed arguments of {@code plan <programme-folder> [options]}. */
record PlanCommandLine(Path programmeFolder, Duration time, Path outFolder, Locale locale, LocalDate today) {

    static final String USAGE = """
            Usage: plan <programme-folder> [--time 30s] [--out <folder>] [--lang nl|en] [--today yyyy-MM-dd]
              --time   how long to solve: 30s, 2m, 1h (default 30s)
              --out    where to write placements.csv and explanation.txt (default: the programme folder)
              --lang   language of the explanation (default nl)
              --today  re-plan: placements in periods that started on or before this date stay as they are""";

    /** Thrown with a message for the user when the arguments make no sense. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static PlanCommandLine parse(List<String> args) throws UsageException {
        Path folder = null;
        Duration time = Duration.ofSeconds(30);
        Path out = null;
        Locale locale = Locale.forLanguageTag("nl");
        LocalDate today = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--time" -> time = parseDuration(valueOf(args, ++i, arg));
                case "--out" -> out = Path.of(valueOf(args, ++i, arg));
                case "--lang" -> locale = parseLanguage(valueOf(args, ++i, arg));
                case "--today" -> today = parseDate(valueOf(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (folder != null) {
                        throw new UsageException("only one programme folder, got " + folder + " and " + arg);
                    }
                    folder = Path.of(arg);
                }
            }
        }
        if (folder == null) {
            throw new UsageException("missing the programme folder");
        }
        return new PlanCommandLine(folder, time, out == null ? folder : out, locale, today);
    }

    private static String valueOf(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    static Duration parseDuration(String text) throws UsageException {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            Duration duration = switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> null;
            };
            if (duration != null && !duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            // reported below
        }
        throw new UsageException("--time expects a positive duration such as 30s, 2m or 1h, got '" + text + "'");
    }

    private static Locale parseLanguage(String text) throws UsageException {
        if (text.equals("nl") || text.equals("en")) {
            return Locale.forLanguageTag(text);
        }
        throw new UsageException("--lang expects nl or en, got '" + text + "'");
    }

    private static LocalDate parseDate(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--today expects a date yyyy-MM-dd, got '" + text + "'");
        }
    }
}
