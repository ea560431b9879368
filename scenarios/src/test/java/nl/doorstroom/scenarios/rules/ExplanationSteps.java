package nl.doorstroom.scenarios.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import io.cucumber.java.en.Then;
import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.explain.Breach;
import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.solver.explain.RuleLevel;
import nl.doorstroom.solver.explain.RuleResult;
import nl.doorstroom.solver.input.InputProblem;

/**
 * What the coordinator reads about a plan: the score per rule and the reasons in words (English),
 * or why a programme was refused.
 */
public class ExplanationSteps {

    private static final ReasonTexts TEXTS = new ReasonTexts(Locale.ENGLISH);

    private static ProgrammeUnderTest programme() {
        return ProgrammeUnderTest.current();
    }

    @Then("the plan breaks no hard rule")
    public void noHardRuleBroken() {
        assertThat(texts(programme().explanation().breachesAt(RuleLevel.HARD))).as("broken hard rules").isEmpty();
    }

    @Then("every host gets its minimum and every participant a placement")
    public void noMediumRuleBroken() {
        assertThat(texts(programme().explanation().breachesAt(RuleLevel.MEDIUM))).as("broken medium rules").isEmpty();
    }

    /** {@code title} is the rule as the explanation names it, e.g. "Host capacity exceeded". */
    @Then("the plan breaks the rule {string}")
    public void breaksTheRule(String title) {
        assertThat(rule(title).breaches()).as("breaches of " + title).isNotEmpty();
    }

    @Then("the plan does not break the rule {string}")
    public void doesNotBreakTheRule(String title) {
        assertThat(texts(rule(title).breaches())).as("breaches of " + title).isEmpty();
    }

    /** {@code about} is a participant's name or a host's code; {@code period} a period id. */
    @Then("the plan breaks the rule {string} for {string} in {word}")
    public void breaksTheRuleFor(String title, String about, String period) {
        String participantId = programme().participantId(about);
        List<Reason> reasons = rule(title).breaches().stream().map(Breach::reason).toList();
        assertThat(reasons).as("breaches of %s", title).anySatisfy(reason -> {
            assertThat(reason.periodId()).isEqualTo(period);
            assertThat(participantId.equals(reason.participantId()) || about.equals(reason.hostCode()))
                    .as("about " + about).isTrue();
        });
    }

    @Then("the explanation says:")
    public void theExplanationSays(String text) {
        assertThat(texts(allBreaches())).contains(text.strip());
    }

    @Then("no placement needs a detachering")
    public void noDetachering() {
        placementsNeedADetachering(0);
    }

    @Then("{int} placement(s) need(s) a detachering")
    public void placementsNeedADetachering(int count) {
        assertThat(texts(ruleNamed(RuleNames.SECONDMENT_NEEDED).breaches())).as("secondments").hasSize(count);
    }

    @Then("the programme is refused with the error:")
    public void refusedWith(String error) {
        assertThat(programme().refusal).as("a refusal").isNotNull();
        assertThat(programme().refusal.getProblems()).map(InputProblem::toString).contains(error.strip());
    }

    private static RuleResult rule(String title) {
        List<RuleResult> rules = programme().explanation().rules();
        return rules.stream().filter(r -> TEXTS.ruleTitle(r.rule()).equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule titled '" + title + "'; the rules are "
                        + rules.stream().map(r -> TEXTS.ruleTitle(r.rule())).toList()));
    }

    private static RuleResult ruleNamed(String name) {
        return programme().explanation().rules().stream().filter(r -> r.rule().equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<Breach> allBreaches() {
        return programme().explanation().rules().stream().flatMap(r -> r.breaches().stream()).toList();
    }

    private static List<String> texts(List<Breach> breaches) {
        return breaches.stream().map(b -> TEXTS.text(b.reason())).toList();
    }
}
