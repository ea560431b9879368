package nl.doorstroom.solver.input;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.explain.ReasonTexts;

/** Puts input problems into words: Dutch by default, English when asked. */
public final class InputTexts {

    public static final String BUNDLE = "nl.doorstroom.solver.input.problems";
    private static final Map<String, InputTexts> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final ReasonTexts reasons;
    private final Locale locale;

    private InputTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.reasons = new ReasonTexts(locale);
    }

    /** English for a locale whose language is English, Dutch for any other. */
    public static InputTexts of(Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "nl";
        return BY_LANGUAGE.computeIfAbsent(language, l -> new InputTexts(Locale.forLanguageTag(l)));
    }

    public String format(Text text) {
        String pattern;
        try {
            pattern = bundle.getString(text.key());
        } catch (MissingResourceException e) {
            throw new MissingResourceException("No text for " + text.key(), BUNDLE, text.key());
        }
        List<Object> args = text.args();
        Object[] words = new Object[args.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = word(args.get(i));
        }
        return new MessageFormat(pattern, locale).format(words);
    }

    /** Every argument as text, so numbers are never grouped: a line is "line 1200", not "line 1,200". */
    private String word(Object arg) {
        if (arg instanceof Text text) {
            return format(text);
        }
        if (arg instanceof Reason reason) {
            return reasons.text(reason);
        }
        return String.valueOf(arg);
    }
}
