package nl.doorstroom.scenarios.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cucumber.java.en.Then;
import nl.doorstroom.solver.explain.Diagnosis;
import nl.doorstroom.solver.explain.DiagnosisTexts;
import nl.doorstroom.solver.explain.HostFunnel;
import nl.doorstroom.solver.explain.ReasonTexts;

/** What the coordinator reads about why a plan is not usable, and what no plan can avoid (in English). */
public class DiagnosisSteps {

    private static final DiagnosisTexts TEXTS = new DiagnosisTexts(new ReasonTexts(Locale.ENGLISH));

    private static Diagnosis diagnosis() {
        ProgrammeUnderTest programme = ProgrammeUnderTest.current();
        return Diagnosis.of(programme.plan(), programme.explanation());
    }

    private static List<String> lines(Diagnosis diagnosis) {
        List<String> lines = new ArrayList<>(TEXTS.periods(diagnosis));
        lines.addAll(TEXTS.shortages(diagnosis));
        lines.addAll(TEXTS.funnels(diagnosis));
        lines.addAll(TEXTS.unavoidable(diagnosis));
        return lines;
    }

    @Then("the plan is not usable")
    public void notUsable() {
        assertThat(ProgrammeUnderTest.current().explanation().isUsable()).as("usable").isFalse();
    }

    @Then("the diagnosis says:")
    public void theDiagnosisSays(String text) {
        assertThat(lines(diagnosis())).contains(text.strip());
    }

    @Then("the diagnosis does not say anything about {string}")
    public void saysNothingAbout(String words) {
        assertThat(lines(diagnosis())).noneMatch(line -> line.contains(words));
    }

    /** {@code about} is a participant's name. */
    @Then("for {string} in {word} the hosts that remain after each rule are:")
    public void theHostsThatRemain(String about, String period, String text) {
        HostFunnel funnel = funnelOf(about, period);
        assertThat(TEXTS.funnel(funnel)).isEqualTo(text.strip());
    }

    @Then("for {string} in {word} the diagnosis says:")
    public void forParticipantTheDiagnosisSays(String about, String period, String text) {
        HostFunnel funnel = funnelOf(about, period);
        assertThat(List.of(TEXTS.cause(funnel), TEXTS.suggestion(funnel))).contains(text.strip());
    }

    private static HostFunnel funnelOf(String about, String period) {
        String id = ProgrammeUnderTest.current().participantId(about);
        Diagnosis diagnosis = diagnosis();
        return diagnosis.funnels().stream().filter(f -> f.participantId().equals(id) && f.periodId().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no diagnosis of " + about + " in " + period
                        + "; the diagnosis is:\n" + String.join("\n", lines(diagnosis))));
    }
}
