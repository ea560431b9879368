package nl.doorstroom.web.explanation;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.explain.RuleLevel;

/**
 * A plan's score in words people read, for every page that shows one: "bruikbaar · 0 harde regels gebroken ·
 * 0 aandachtspunten · 170.957 strafpunten", with the points per rule where the rules are known. The API keeps
 * the exact score.
 * <p>
 * The hard and medium parts of a score are weighted sums, not counts. Only where the rules' matches are known
 * does the line count broken rules and points of attention; from a bare score it says how many points they
 * cost, so it never claims a count it does not have.
 */
@Component("scoreWords")
public class ScoreWords {

    /** The score in words; {@code rules} holds every rule that costs points, most expensive level first. */
    public record ScoreText(boolean usable, String line, List<RulePoints> rules) {
    }

    /** One rule's share of the score: its title, level in words, how often it is broken and its (positive) penalty. */
    public record RulePoints(String title, String level, String matches, String points) {
    }

    private final MessageSource messages;

    public ScoreWords(MessageSource messages) {
        this.messages = messages;
    }

    /** A bare score, in the page's language. */
    public ScoreText of(String score) {
        return of(score, null, LocaleContextHolder.getLocale());
    }

    /** A score with its rules (from an explanation), in the page's language. */
    public ScoreText of(String score, List<ExplanationViews.RuleView> rules) {
        return of(score, rules, LocaleContextHolder.getLocale());
    }

    /** {@code rules} may be null when only the score is known. */
    public ScoreText of(String score, List<ExplanationViews.RuleView> rules, Locale locale) {
        HardMediumSoftLongScore parsed = HardMediumSoftLongScore.parseScore(score);
        boolean usable = parsed.hardScore() == 0;
        String hard;
        String medium;
        if (rules == null) {
            hard = parsed.hardScore() == 0 ? count("score.hardBroken", 0, locale)
                    : count("score.hardPoints", -parsed.hardScore(), locale);
            medium = parsed.mediumScore() == 0 ? count("score.attention", 0, locale)
                    : count("score.attentionPoints", -parsed.mediumScore(), locale);
        } else {
            hard = count("score.hardBroken", matches(rules, RuleLevel.HARD), locale);
            medium = count("score.attention", matches(rules, RuleLevel.MEDIUM), locale);
        }
        String soft = count("score.points", -parsed.softScore(), locale);
        String line = String.join(" · ", text(usable ? "score.usable" : "score.notUsable", locale), hard, medium, soft);
        List<RulePoints> breakdown = rules == null ? List.of() : rules.stream().filter(r -> r.penalty() != 0)
                .map(r -> new RulePoints(r.title(), text("level." + r.level(), locale),
                        count("score.matches", r.count(), locale), count("score.points", r.penalty(), locale)))
                .toList();
        return new ScoreText(usable, line, breakdown);
    }

    /** How a score changes, e.g. with another host: "120 strafpunten erbij", or "geen verschil". */
    public String difference(String difference) {
        return difference(difference, LocaleContextHolder.getLocale());
    }

    public String difference(String difference, Locale locale) {
        HardMediumSoftLongScore parsed = HardMediumSoftLongScore.parseScore(difference);
        List<String> parts = new ArrayList<>();
        change(parts, parsed.hardScore(), "score.hardPoints", locale);
        change(parts, parsed.mediumScore(), "score.attentionPoints", locale);
        change(parts, parsed.softScore(), "score.points", locale);
        return parts.isEmpty() ? text("score.noDifference", locale) : String.join(" · ", parts);
    }

    /** A higher score is better: a negative change adds penalty points. */
    private void change(List<String> parts, long by, String key, Locale locale) {
        if (by != 0) {
            parts.add(messages.getMessage(by < 0 ? "score.more" : "score.fewer",
                    new Object[] {count(key, Math.abs(by), locale)}, locale));
        }
    }

    private static long matches(List<ExplanationViews.RuleView> rules, RuleLevel level) {
        return rules.stream().filter(r -> r.level() == level && r.penalty() != 0)
                .mapToLong(ExplanationViews.RuleView::count).sum();
    }

    /** The number formatted for the locale (170.957 in Dutch, 170,957 in English), the word singular or plural. */
    private String count(String key, long number, Locale locale) {
        return messages.getMessage(key, new Object[] {NumberFormat.getIntegerInstance(locale).format(number), number},
                locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
