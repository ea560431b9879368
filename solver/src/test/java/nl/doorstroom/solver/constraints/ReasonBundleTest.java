package nl.doorstroom.solver.constraints;

import static nl.doorstroom.solver.constraints.Fixtures.BREDA;
import static nl.doorstroom.solver.constraints.Fixtures.DEFENSIE;
import static nl.doorstroom.solver.constraints.Fixtures.DEN_BOSCH;
import static nl.doorstroom.solver.constraints.Fixtures.H1_2027;
import static nl.doorstroom.solver.constraints.Fixtures.H2_2027;
import static nl.doorstroom.solver.constraints.Fixtures.NOORD_BRABANT;
import static nl.doorstroom.solver.constraints.Fixtures.ORGANISATIONS;
import static nl.doorstroom.solver.constraints.Fixtures.TILBURG;
import static nl.doorstroom.solver.constraints.Fixtures.junior;
import static nl.doorstroom.solver.constraints.Fixtures.linked;
import static nl.doorstroom.solver.constraints.Fixtures.placement;
import static nl.doorstroom.solver.constraints.Fixtures.programme;
import static nl.doorstroom.solver.constraints.Fixtures.slot;
import static nl.doorstroom.solver.constraints.Fixtures.trainee;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.solver.planning.SolverSettings;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.domain.WishSource;

/** Every reason and rule title reads in Dutch and in English. */
class ReasonBundleTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ReasonKeys.BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everyReasonKeyAndRuleTitleIsInBothLanguages() {
        for (Locale locale : List.of(Locale.ROOT, DUTCH, Locale.ENGLISH)) {
            ResourceBundle bundle = bundle(locale);
            assertThat(ReasonKeys.all()).as("reasons in %s", locale).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
            assertThat(ReasonKeys.allRuleTitles()).as("titles in %s", locale).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
        }
        assertThat(ReasonKeys.allRuleTitles()).hasSize(17).contains("rule.Host_capacity_exceeded");
    }

    @Test
    void englishAndDutchHaveTheSameKeys() {
        assertThat(bundle(Locale.ENGLISH).keySet()).isEqualTo(bundle(DUTCH).keySet());
    }

    @Test
    void dutchIsTheDefaultAndServesDutchEvenOnAnEnglishJvm() {
        assertThat(bundle(DUTCH).getString(ReasonKeys.ruleTitle(RuleNames.HOST_CAPACITY_EXCEEDED)))
                .isEqualTo("Capaciteit gastorganisatie overschreden");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(ResourceBundle.getBundle(ReasonKeys.BUNDLE, DUTCH)
                    .getString(ReasonKeys.ruleTitle(RuleNames.TRAINEE_NOT_PLACED))).isEqualTo("Trainee niet geplaatst");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void noDeclaredCapacityReadsLikeACoordinatorWouldSayIt() {
        Reason reason = Reason.of(ReasonKeys.NO_DECLARED_CAPACITY, "T01", "GM0796", "2027-H1",
                "Fleur de Groot", "'s-Hertogenbosch", "2027-H1");
        assertThat(format(reason, DUTCH)).isEqualTo("Fleur de Groot werkt in 2027-H1 bij 's-Hertogenbosch, maar "
                + "'s-Hertogenbosch heeft voor 2027-H1 geen capaciteit opgegeven.");
        assertThat(format(reason, Locale.ENGLISH)).isEqualTo("Fleur de Groot works at 's-Hertogenbosch in 2027-H1, "
                + "but 's-Hertogenbosch declared no capacity for 2027-H1.");
    }

    /** A plan that breaks every rule: each reason it gets is in the bundles and fills its pattern. */
    @Test
    void everyReasonTheRulesGiveCanBeWritten() {
        Participant fleur = trainee("T01", "Fleur de Groot").salaryScale(12).discipline("ruimte")
                .workedAt(TILBURG, "2026-H2").build();
        Participant daan = trainee("T03", "Daan Jansen").commute(BREDA, 75, 60).build();
        Participant joris = trainee("T02", "Joris Mulder").employer(DEFENSIE).build();
        Participant noor = junior("J01", "Noor Hendriks").build();
        Placement moved = placement(fleur, H1_2027, TILBURG);
        moved.setPublishedHost(BREDA);
        List<Placement> placements = List.of(moved, placement(fleur, H2_2027, TILBURG),
                placement(joris, H1_2027, TILBURG), placement(joris, H2_2027, BREDA),
                placement(noor, H1_2027, null), placement(noor, H2_2027, NOORD_BRABANT),
                placement(daan, H1_2027, BREDA), placement(daan, H2_2027, null));
        // The fairness rule weighs nothing by default, and then matches nothing: weighed here to be formatted too.
        Plan plan = new Plan(programme(java.util.Map.of(RuleNames.UNFAIR_COMMUTE, HardMediumSoftLongScore.ONE_SOFT)),
                ORGANISATIONS, List.of(fleur, joris, noor, daan),
                List.of(linked(slot(TILBURG, H1_2027, null, 0, 1, 10), slot(TILBURG, H2_2027, "financiën", 0, 1, null),
                        slot(DEN_BOSCH, H1_2027, 1, 2))),
                List.of(new Wish(WishSource.HOST, noor, DEN_BOSCH, H1_2027)), placements);

        SolutionManager<Plan, HardMediumSoftLongScore> solutionManager =
                SolutionManager.create(SolverFactory.create(SolverSettings.baseConfig()));
        Set<String> rulesMatched = new HashSet<>();
        Set<Reason> reasons = new HashSet<>();
        solutionManager.analyze(plan).constraintMap().forEach((ref, analysis) -> {
            if (!analysis.matches().isEmpty()) {
                rulesMatched.add(ref.constraintName());
            }
            analysis.matches().forEach(match -> reasons.add((Reason) match.justification()));
        });

        assertThat(rulesMatched).hasSize(17);
        for (Reason reason : reasons) {
            assertThat(ReasonKeys.all()).contains(reason.key());
            assertThat(format(reason, DUTCH)).doesNotContain("{");
            assertThat(format(reason, Locale.ENGLISH)).doesNotContain("{");
        }
    }

    private static String format(Reason reason, Locale locale) {
        return new ReasonTexts(locale).text(reason);
    }
}
