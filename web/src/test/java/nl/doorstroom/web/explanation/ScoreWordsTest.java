package nl.doorstroom.web.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import nl.doorstroom.solver.explain.RuleLevel;

class ScoreWordsTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    final ScoreWords words = new ScoreWords(bundles());

    /** The bundles as the application reads them (application.properties). */
    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    static ExplanationViews.RuleView rule(String title, RuleLevel level, long penalty, int count) {
        return new ExplanationViews.RuleView(title.toLowerCase(), title, level, penalty, count);
    }

    @Test
    void aUsableScoreInDutchWithThousandsSeparatedByAPoint() {
        ScoreWords.ScoreText text = words.of("0hard/0medium/-170957soft", null, DUTCH);

        assertThat(text.usable()).isTrue();
        assertThat(text.line()).isEqualTo("bruikbaar · 0 harde regels gebroken · 0 aandachtspunten · 170.957 strafpunten");
        assertThat(text.rules()).isEmpty();
    }

    @Test
    void aUsableScoreInEnglishWithThousandsSeparatedByAComma() {
        assertThat(words.of("0hard/0medium/-170957soft", null, Locale.ENGLISH).line())
                .isEqualTo("usable · 0 hard rules broken · 0 points of attention · 170,957 penalty points");
    }

    @Test
    void withTheRulesKnownBrokenHardRulesAndPointsOfAttentionAreCounted() {
        List<ExplanationViews.RuleView> rules = List.of(rule("Capaciteit", RuleLevel.HARD, 2, 2),
                rule("Reistijd", RuleLevel.HARD, 3, 1), rule("Minimum", RuleLevel.MEDIUM, 1, 1),
                rule("Wensen", RuleLevel.SOFT, 0, 0), rule("Afstand", RuleLevel.SOFT, 1200, 14));

        ScoreWords.ScoreText text = words.of("-5hard/-1medium/-1200soft", rules, DUTCH);

        assertThat(text.usable()).isFalse();
        assertThat(text.line()).isEqualTo("niet bruikbaar · 3 harde regels gebroken · 1 aandachtspunt · 1.200 strafpunten");
        assertThat(text.rules()).extracting(ScoreWords.RulePoints::title).containsExactly("Capaciteit", "Reistijd",
                "Minimum", "Afstand");
        assertThat(text.rules().get(0)).isEqualTo(new ScoreWords.RulePoints("Capaciteit", "hard", "2 keer", "2 strafpunten"));
        assertThat(words.of("-5hard/-1medium/-1200soft", rules, Locale.ENGLISH).line())
                .isEqualTo("not usable · 3 hard rules broken · 1 point of attention · 1,200 penalty points");
    }

    @Test
    void fromABareScoreBrokenRulesAreNotCountedButTheirPointsAreSaid() {
        assertThat(words.of("-12hard/-40medium/-1soft", null, DUTCH).line()).isEqualTo(
                "niet bruikbaar · 12 harde strafpunten · 40 strafpunten op aandachtspunten · 1 strafpunt");
        assertThat(words.of("-1hard/-1000medium/0soft", null, Locale.ENGLISH).line()).isEqualTo(
                "not usable · 1 hard penalty point · 1,000 penalty points on points of attention · 0 penalty points");
    }

    @Test
    void aDifferenceSaysWhatIsAddedOrTakenAway() {
        assertThat(words.difference("0hard/0medium/-1500soft", DUTCH)).isEqualTo("1.500 strafpunten erbij");
        assertThat(words.difference("2hard/0medium/30soft", Locale.ENGLISH))
                .isEqualTo("2 hard penalty points fewer · 30 penalty points fewer");
        assertThat(words.difference("0hard/0medium/0soft", DUTCH)).isEqualTo("geen verschil");
    }
}
