package nl.doorstroom.solver.input;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.domain.TextKey;
import nl.doorstroom.solver.explain.ReasonTexts;

/**
 * A rule as a coordinator names it in a weight: by its key ({@code Too few layers}) or by the title the
 * explanation shows, in Dutch or English ({@code Too few layers of government}, {@code Te weinig
 * bestuurslagen}), in any case and spacing.
 */
final class RuleKeys {

    private static final Map<String, String> BY_NAME = byName();

    private RuleKeys() {
    }

    private static Map<String, String> byName() {
        Map<String, String> byName = new HashMap<>();
        List<ReasonTexts> languages = List.of(new ReasonTexts(ReasonTexts.DUTCH), new ReasonTexts(Locale.ENGLISH));
        for (String rule : RuleNames.ALL) {
            byName.put(TextKey.of(rule), rule);
            languages.forEach(texts -> byName.putIfAbsent(TextKey.of(texts.ruleTitle(rule)), rule));
        }
        return Map.copyOf(byName);
    }

    /** The rule's key, or null when the name is no rule's key or title. */
    static String rule(String name) {
        return BY_NAME.get(TextKey.of(name));
    }

    static String expected() {
        return String.join(", ", RuleNames.ALL);
    }
}
