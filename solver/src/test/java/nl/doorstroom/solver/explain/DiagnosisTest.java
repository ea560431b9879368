package nl.doorstroom.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;

/**
 * The diagnosis of a plan that is not usable, on a programme folder under /diagnosis: two ministries in Den Haag,
 * one place each in 2027-H1, four trainees (one in Groningen, one above FIN's ceiling of scale 10). The plan is
 * set by hand, so what the diagnosis says does not depend on the solver.
 */
class DiagnosisTest {

    private final Plan plan = plan();

    private static Plan plan() {
        try {
            return ProgrammeReader.read(Path.of(DiagnosisTest.class.getResource("/diagnosis/far-and-full").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void place(String placementId, String hostCode) {
        Organisation host = plan.getOrganisations().stream().filter(o -> o.getCode().equals(hostCode)).findFirst()
                .orElseThrow();
        plan.getPlacements().stream().filter(p -> p.getId().equals(placementId)).findFirst().orElseThrow()
                .setHost(host);
    }

    private Diagnosis diagnosis() {
        place("T01@2027-H1", "BZK");
        place("T02@2027-H1", "FIN");
        place("T01@2027-H2", "FIN");
        place("T02@2027-H2", "BZK");
        place("T04@2027-H2", "FIN");
        return Diagnosis.of(plan, new PlanExplainer().explain(plan));
    }

    @Test
    void countsDemandAgainstPlacesPerPeriod() {
        Diagnosis diagnosis = diagnosis();
        assertThat(diagnosis.periods()).extracting(p -> p.periodId() + " " + p.trainees() + "/" + p.places() + " "
                + p.start() + ".." + p.end() + " short=" + p.isShort())
                .containsExactly("2027-H1 4/2 2027-01-01..2027-06-30 short=true",
                        "2027-H2 4/4 2027-07-01..2027-12-31 short=false");
    }

    @Test
    void saysPerParticipantWhichRuleRemovedTheLastHostAndTheSmallestChange() {
        Map<String, HostFunnel> funnels = diagnosis().funnels().stream()
                .collect(Collectors.toMap(f -> f.participantId() + "@" + f.periodId(), f -> f));
        assertThat(funnels).containsOnlyKeys("T03@2027-H1", "T03@2027-H2", "T04@2027-H1");
        HostFunnel far = funnels.get("T03@2027-H1");
        assertThat(far.steps()).extracting(HostFunnel.Step::remaining).containsExactly(2, 2, 2, 2, 2, 0, 0);
        assertThat(far.cause()).isEqualTo(RuleNames.COMMUTE_TOO_LONG);
        DiagnosisTexts english = new DiagnosisTexts(new ReasonTexts(Locale.ENGLISH));
        assertThat(english.suggestion(far)).isEqualTo("Smallest change: Noor Bakker could work at Ministerie van "
                + "Binnenlandse Zaken en Koninkrijksrelaties, 263 km away, with a commute limit of 263 km instead of "
                + "60 km: raise max_commute_km to 263 km for T03.");
        HostFunnel full = funnels.get("T04@2027-H1");
        assertThat(full.cause()).isEqualTo(HostFunnel.FULL);
        assertThat(english.suggestion(full)).isEqualTo("Smallest change: One more place at Ministerie van "
                + "Binnenlandse Zaken en Koninkrijksrelaties in 2027-H1 would give Daan Visser a placement.");
        assertThat(english.funnel(full)).isEqualTo("Daan Visser (T04) in 2027-H1: 2 hosts in the programme; 2 with "
                + "capacity declared for 2027-H1; 2 with a place for any discipline; 2 where an employee of "
                + "Ministerie van Financiën (RIJK) may work; 1 that take salary scale 11; 1 within 60 km; 1 not "
                + "worked at before.");
    }

    @Test
    void saysWhichSoftPenaltiesNoPlanCanAvoid() {
        assertThat(diagnosis().unavoidable()).extracting(UnavoidablePenalty::rule)
                .containsExactly(RuleNames.TOO_FEW_LAYERS, RuleNames.SAME_LAYER_TWICE_IN_A_ROW);
    }

    @Test
    void theExplanationShowsThePeriodsWithTheirDatesAndWhyThePlanIsNotUsable() {
        Diagnosis diagnosis = diagnosis();
        String dutch = new ExplanationReport(ReasonTexts.DUTCH).render(plan, new PlanExplainer().explain(plan),
                diagnosis);
        assertThat(dutch).contains("Periodes", "2027-H1 (2027-01-01 t/m 2027-06-30): 4 te plaatsen, van wie 4 "
                + "trainees; 2 plaatsen opgegeven.", "Waarom het plan niet bruikbaar is",
                "De regel \"Reisafstand te groot\" viel de laatste gastorganisatie af.",
                "Kosten die geen plan met deze gastorganisaties kan vermijden");
        String english = new ExplanationReport(Locale.ENGLISH).render(plan, new PlanExplainer().explain(plan),
                diagnosis);
        assertThat(english).contains("2027-H1: 4 trainees to place but only 2 places declared, so at least 2 cannot "
                + "be placed whatever the plan: 2 more places would be needed.");
    }

    @Test
    void everyTraineeWithoutAPlacementIsDiagnosed() {
        Diagnosis diagnosis = Diagnosis.of(plan, new PlanExplainer().explain(plan));
        assertThat(diagnosis.funnels()).extracting(f -> f.participantId() + "@" + f.periodId())
                .containsExactlyInAnyOrderElementsOf(plan.getPlacements().stream().filter(p -> !p.isAssigned())
                        .map(Placement::getId).toList());
    }
}
