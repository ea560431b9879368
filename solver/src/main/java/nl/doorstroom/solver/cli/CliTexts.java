package nl.doorstroom.solver.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command-line planner's own words, Dutch by default and English with {@code --lang en}. */
final class CliTexts {

    private static final String BUNDLE = "nl.doorstroom.solver.cli.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    CliTexts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** Arguments go in as text, so numbers are never grouped ("1200 placements", not "1,200"). */
    String format(String key, Object... args) {
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(words);
    }
}
