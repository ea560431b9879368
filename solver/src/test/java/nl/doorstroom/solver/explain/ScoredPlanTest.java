package nl.doorstroom.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;

/** A plan kept scored as single placements change gives what scoring the whole plan afresh gives. */
class ScoredPlanTest {

    private static Plan small() throws URISyntaxException {
        return ProgrammeReader.read(Path.of(ScoredPlanTest.class.getResource("/programmes/small/programme.csv").toURI())
                .getParent());
    }

    private static Organisation organisation(Plan plan, String code) {
        return plan.getOrganisations().stream().filter(o -> o.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aChangeIsScoredAndExplainedAsTheWholePlanWouldBe() throws URISyntaxException {
        Plan plan = small();
        try (ScoredPlan scored = ScoredPlan.of(plan)) {
            Placement t05 = scored.placement("T05", "2028-H1");
            scored.change(t05, organisation(plan, "GM0796"), true);
            scored.change(scored.placement("T02", "2027-H1"), null, false);

            Plan fresh = small();
            fresh.getPlacements().stream().filter(p -> p.getId().equals("T05@2028-H1")).findFirst().orElseThrow()
                    .setHost(organisation(fresh, "GM0796"));
            fresh.getPlacements().stream().filter(p -> p.getId().equals("T02@2027-H1")).findFirst().orElseThrow()
                    .setHost(null);
            PlanExplanation expected = new PlanExplainer().explain(fresh);

            assertThat(scored.score()).isEqualTo(expected.score()).isEqualTo(plan.getScore());
            assertThat(scored.explanation().rules()).extracting(RuleResult::rule, RuleResult::penalty)
                    .isEqualTo(expected.rules().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.rule(),
                            r.penalty())).toList());
            assertThat(t05.isPinned()).isTrue();
        }
    }

    /** The fairness rule weighs nothing unless a programme weighs it, and a rule that weighs nothing is off. */
    @Test
    void everyRuleThatWeighsIsListedEvenWithoutMatches() throws URISyntaxException {
        try (ScoredPlan scored = ScoredPlan.of(small())) {
            assertThat(scored.explanation().rules()).extracting(RuleResult::rule)
                    .containsExactlyInAnyOrderElementsOf(RuleNames.ALL.stream()
                            .filter(rule -> !rule.equals(RuleNames.UNFAIR_COMMUTE)).toList());
        }
    }

    @Test
    void breachesAreFoundByPlacementIncludingThoseAboutItsSlot() throws URISyntaxException {
        Plan plan = small();
        try (ScoredPlan scored = ScoredPlan.of(plan)) {
            Placement t01 = scored.placement("T01", "2027-H2");
            Placement t05 = scored.placement("T05", "2027-H2");
            Organisation waterBoard = organisation(plan, "WS0654"); // takes at most one in 2027-H2
            scored.change(t01, waterBoard, false);
            scored.change(t05, waterBoard, false);

            List<String> rules = scored.breachesOf(t01).stream().map(b -> b.rule().rule()).toList();
            assertThat(rules).contains(RuleNames.HOST_CAPACITY_EXCEEDED);
            assertThat(scored.brokenLevel(t05)).isEqualTo(RuleLevel.HARD);
            assertThat(scored.brokenLevel(scored.placement("T01", "2027-H1"))).isNotEqualTo(RuleLevel.HARD);
        }
    }

    @Test
    void recommendationsLeaveThePlanAsItWasAndComeBestFirst() throws URISyntaxException {
        Plan plan = small();
        try (ScoredPlan scored = ScoredPlan.of(plan)) {
            Placement placement = scored.placement("T01", "2027-H1");
            Organisation host = placement.getHost();
            var before = scored.score();

            List<ScoredPlan.Recommendation> recommendations = scored.recommend(placement, 3);

            assertThat(placement.getHost()).isEqualTo(host);
            assertThat(scored.score()).isEqualTo(before).isEqualTo(new PlanExplainer().explain(small()).score());
            assertThat(recommendations).isNotEmpty().isSortedAccordingTo(
                    (a, b) -> b.scoreAfter().compareTo(a.scoreAfter()));
            assertThat(recommendations).allMatch(r -> !r.host().equals(host)
                    && r.difference().equals(r.scoreAfter().subtract(before)));
        }
    }
}
