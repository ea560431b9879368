package nl.doorstroom.scenarios.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.When;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.ExplanationReport;
import nl.doorstroom.solver.explain.PlanExplainer;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeSource;
import nl.doorstroom.solver.planning.Replanning;
import nl.doorstroom.solver.planning.SolverSettings;

/** Reading the programme the way an import does, planning it, and changing a plan by hand. */
public class PlanningSteps {

    /**
     * The solver's default phases, as the planner and the web application run them. A scenario's programme
     * is a handful of placements, so the solver settles on its best plan in milliseconds; it stops half a
     * second after its last improvement, and never runs long. Each plan gets a solver of its own, since a
     * configuration serves one solve at a time.
     */
    private static final SolverFactory<Plan> SOLVER = SolverSettings.defaultPhasesPerSolve();
    private static final SolverConfigOverride<Plan> SETTLED = new SolverConfigOverride<Plan>()
            .withTerminationConfig(new TerminationConfig()
                    .withUnimprovedSpentLimit(Duration.ofMillis(500))
                    .withSpentLimit(Duration.ofSeconds(10)));
    private static final PlanExplainer EXPLAINER = new PlanExplainer();

    @When("the plan is made")
    public void thePlanIsMade() {
        plan(null);
    }

    /** Re-planning: periods that started on or before {@code today} are pinned first, as the planner does. */
    @When("the plan is made again on {date}")
    public void thePlanIsMadeAgainOn(LocalDate today) {
        plan(today);
    }

    private void plan(LocalDate today) {
        ProgrammeUnderTest programme = ProgrammeUnderTest.current();
        Plan problem;
        try {
            problem = read(programme);
        } catch (InvalidInputException refused) {
            programme.refusal = refused;
            return;
        }
        for (Placement placement : problem.getPlacements()) {
            programme.publishedHosts.put(placement.getId(), placement.getHost());
        }
        if (today != null) {
            Replanning.pinStartedPeriods(problem, today);
        }
        programme.plan = SOLVER.buildSolver(SETTLED).solve(problem);
        checkHostNames(programme);
        explain(programme);
    }

    private static Plan read(ProgrammeUnderTest programme) {
        return ProgrammeReader.read(ProgrammeSource.of(programme.upload()));
    }

    /** A host the scenario names but does not use needs no check; one it uses must be named right. */
    private static void checkHostNames(ProgrammeUnderTest programme) {
        programme.hostNames.forEach((code, name) -> programme.plan.getOrganisations().stream()
                .filter(o -> o.getCode().equals(code)).findFirst()
                .ifPresent(host -> assertThat(host.getName()).as("name of " + code).isEqualTo(name)));
    }

    private static void explain(ProgrammeUnderTest programme) {
        programme.explanation = EXPLAINER.explain(programme.plan);
    }

    /** A coordinator's move: the plan is explained again at once, as the planning screen does. */
    @When("the coordinator moves {string} to {word} in {word}")
    public void theCoordinatorMoves(String participant, String hostCode, String period) {
        ProgrammeUnderTest programme = ProgrammeUnderTest.current();
        Placement placement = programme.placement(participant, period);
        assertThat(placement).as(participant + " in " + period).isNotNull();
        Organisation host = programme.plan().getOrganisations().stream().filter(o -> o.getCode().equals(hostCode))
                .findFirst().orElseThrow(() -> new AssertionError("host " + hostCode + " is in no file of the programme"));
        placement.setHost(host);
        explain(programme);
    }

    /** The report shows, under each scenario, the explanation a coordinator would read. */
    @After
    public void attachExplanation(Scenario scenario) {
        ProgrammeUnderTest programme = ProgrammeUnderTest.current();
        if (programme.plan != null && programme.explanation != null) {
            scenario.attach(new ExplanationReport(Locale.ENGLISH).render(programme.plan, programme.explanation),
                    "text/plain", "Explanation");
        } else if (programme.refusal != null) {
            scenario.attach(programme.refusal.getMessage(), "text/plain", "Refused");
        }
    }
}
