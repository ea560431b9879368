package nl.doorstroom.solver.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The parsed arguments of {@code plan <programme-folder> [options]}.
 *
 * @param published the published plan to re-plan (a placements.csv written earlier); null when there is none
 * @param help {@code -h} or {@code --help}: only the usage is asked for
 */
record PlanCommandLine(Path programmeFolder, Duration time, Path outFolder, Locale locale, LocalDate today,
        Path published, boolean help) {

    /** Thrown with what is wrong with the arguments, in words from the command-line bundle. */
    static final class UsageException extends Exception {
        final String key;
        final Object[] args;

        UsageException(String key, Object... args) {
            super(new CliTexts(Locale.ENGLISH).format(key, args), null, false, false);
            this.key = key;
            this.args = args;
        }

        String message(CliTexts texts) {
            return texts.format(key, args);
        }
    }

    /** The language the arguments ask for, read before anything else so every message can use it. */
    static Locale languageOf(List<String> args) {
        int at = args.indexOf("--lang");
        return at >= 0 && at + 1 < args.size() && args.get(at + 1).equals("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("nl");
    }

    static PlanCommandLine parse(List<String> args) throws UsageException {
        Path folder = null;
        Duration time = Duration.ofSeconds(30);
        Path out = null;
        Locale locale = Locale.forLanguageTag("nl");
        LocalDate today = null;
        Path published = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> {
                    return new PlanCommandLine(null, time, null, languageOf(args), null, null, true);
                }
                case "--time" -> time = parseDuration(valueOf(args, ++i, arg));
                case "--out" -> out = Path.of(valueOf(args, ++i, arg));
                case "--lang" -> locale = parseLanguage(valueOf(args, ++i, arg));
                case "--today" -> today = parseDate(valueOf(args, ++i, arg));
                case "--published" -> published = Path.of(valueOf(args, ++i, arg));
                default -> {
                    // a single dash too: "-h" or "-t" is an option, never a folder
                    if (arg.startsWith("-")) {
                        throw new UsageException("arguments.unknownOption", arg);
                    }
                    if (folder != null) {
                        throw new UsageException("arguments.twoFolders", folder, arg);
                    }
                    folder = Path.of(arg);
                }
            }
        }
        if (folder == null) {
            throw new UsageException("arguments.noFolder");
        }
        return new PlanCommandLine(folder, time, out == null ? folder : out, locale, today, published, false);
    }

    private static String valueOf(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException("arguments.needsValue", option);
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
        throw new UsageException("arguments.time", text);
    }

    private static Locale parseLanguage(String text) throws UsageException {
        if (text.equals("nl") || text.equals("en")) {
            return Locale.forLanguageTag(text);
        }
        throw new UsageException("arguments.lang", text);
    }

    private static LocalDate parseDate(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("arguments.today", text);
        }
    }
}
