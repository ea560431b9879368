package nl.doorstroom.solver.explain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import nl.doorstroom.solver.constraints.Reason;

/** Puts reasons and rule names into words, Dutch by default. */
public final class ReasonTexts {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** Reasons and rule titles come from the rules; the report's and the diagnosis' own words are kept apart. */
    private static final List<String> BUNDLES = List.of("nl.doorstroom.solver.explain.reasons",
            "nl.doorstroom.solver.explain.report", "nl.doorstroom.solver.explain.diagnosis");

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public ReasonTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's locale: the base bundles are Dutch, English is asked for explicitly.
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundles = BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale, control)).toList();
    }

    public Locale locale() {
        return locale;
    }

    public String text(Reason reason) {
        return format(reason.key(), reason.args().stream().map(ReasonTexts::numberWherePossible).toArray());
    }

    /** Whole numbers go in as numbers, so a pattern can choose between "1 layer" and "2 layers". */
    private static Object numberWherePossible(String arg) {
        if (!arg.isEmpty() && arg.length() < 18 && arg.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-')
                && arg.lastIndexOf('-') <= 0 && !arg.equals("-")) {
            return Long.parseLong(arg);
        }
        return arg;
    }

    /** The rule's title, e.g. "Capaciteit overschreden" for "Host capacity exceeded". */
    public String ruleTitle(String ruleName) {
        String pattern = pattern(ruleKey(ruleName));
        return pattern != null ? pattern : ruleName;
    }

    public static String ruleKey(String ruleName) {
        return "rule." + ruleName.replace(' ', '_');
    }

    public String format(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            throw new MissingResourceException("No text for " + key, ReasonTexts.class.getName(), key);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    private String pattern(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }
}
