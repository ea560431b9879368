package nl.doorstroom.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import nl.doorstroom.solver.benchmark.InstanceGenerator;
import nl.doorstroom.solver.benchmark.InstanceSize;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;

/**
 * After the phase, no period can be improved by changing only its own placements: checked by trying every
 * assignment of each period on small random programmes with capacities, minimums, discipline slots, wishes,
 * secondments, layers, juniors, pinned placements and a changed rule weight. The perturbation after it
 * leaves pinned placements and gets out of the local optimum the period assignment stops at on the
 * benchmark's smallest programme.
 */
class PeriodReassignmentTest {

    private static final String[] HOSTS = {"GM0344", "GM0796", "PV26", "WS0152"};
    private static final int PARTICIPANTS = 4;
    private static final int PERIODS = 2;

    @TempDir
    Path folder;

    private final SolutionManager<Plan, HardMediumSoftLongScore> scores =
            SolutionManager.create(SolverFactory.create(SolverSettings.baseConfig()));

    @Test
    void everyPeriodEndsAtItsBestAssignmentGivenTheOthers() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Plan programme = randomProgramme(random);
            Placement pinned = programme.getPlacements().get(random.nextInt(programme.getPlacements().size()));
            if (random.nextBoolean() && !pinned.getPossibleHosts().isEmpty()) {
                pinned.setHost(pinned.getPossibleHosts().get(random.nextInt(pinned.getPossibleHosts().size())));
                pinned.setPinned(true);
            }
            assertEveryPeriodAtItsBest(reassign(programme), seed);
        }
    }

    @Test
    void pinnedPlacementsStayAndTakeTheirSlotsRoom() throws IOException {
        for (long seed = 30; seed <= 45; seed++) {
            Random random = new Random(seed);
            Plan plan = randomProgramme(random);
            Map<String, Organisation> pinned = pinAboutHalf(plan, random);

            Plan reassigned = reassign(plan);

            assertPinnedStayed(reassigned, pinned);
            assertEveryPeriodAtItsBest(reassigned, seed);
        }
    }

    @Test
    void neverMakesAPlanWorse() throws IOException {
        for (long seed = 20; seed <= 25; seed++) {
            Plan plan = randomProgramme(new Random(seed));
            Random random = new Random(seed);
            for (Placement placement : plan.getPlacements()) {
                List<Organisation> options = placement.getPossibleHosts();
                if (!options.isEmpty()) {
                    placement.setHost(options.get(random.nextInt(options.size())));
                }
            }
            HardMediumSoftLongScore before = scores.update(plan);

            assertThat(reassign(plan).getScore()).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void perturbationLeavesPinnedPlacements() throws IOException {
        for (long seed = 50; seed <= 60; seed++) {
            Random random = new Random(seed);
            Plan plan = randomProgramme(random);
            Map<String, Organisation> pinned = pinAboutHalf(plan, random);

            assertPinnedStayed(perturb(reassign(plan)), pinned);
        }
    }

    /**
     * The benchmark's smallest programme (40 participants, 4 periods, 15 hosts): the period assignment stops
     * at a plan no period and no exchange improves (it is run again until nothing changes), and the
     * perturbation finds a better one from there.
     */
    @Test
    void perturbationLeavesTheLocalOptimumOfThePeriodAssignment() {
        Plan settled = reassign(InstanceGenerator.writeAndRead(InstanceSize.S, folder));
        Plan again = reassign(settled);
        while (again.getScore().compareTo(settled.getScore()) > 0) {
            settled = again;
            again = reassign(settled);
        }

        // Up to four rounds of perturbation, stopping at the first better plan.
        List<PhaseCommand<Plan>> rounds = new ArrayList<>();
        SolveFlows flows = new SolveFlows();
        for (int round = 0; round < 4; round++) {
            rounds.addAll(Perturbation.steps(round, flows));
        }
        HardMediumSoftLongScore better = settled.getScore().add(HardMediumSoftLongScore.ofSoft(1));
        Plan perturbed = SolverFactory.<Plan>create(SolverSettings.baseConfig()
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(rounds))
                .withTerminationConfig(new TerminationConfig().withBestScoreLimit(better.toString())))
                .buildSolver().solve(settled);

        assertThat(perturbed.getScore()).isGreaterThan(settled.getScore());
    }

    /**
     * The flows are kept for the whole solve; local search between rounds ends by putting a copy of the best
     * plan in place of the one it worked on, and the next round must work on the copy, not on the plan the
     * solver no longer scores.
     */
    @Test
    void roundsGoOnAfterLocalSearchReplacedTheWorkingPlan() {
        Plan plan = InstanceGenerator.writeAndRead(InstanceSize.S, folder);
        List<PhaseConfig> phases = new ArrayList<>();
        SolveFlows flows = new SolveFlows();
        for (int round = 0; round < 3; round++) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommandList(PeriodReassignment.steps(flows)));
            phases.add(new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE)
                    .withTerminationConfig(new TerminationConfig().withStepCountLimit(300)));
        }
        phases.add(new CustomPhaseConfig().withCustomPhaseCommandList(Perturbation.steps(0, flows)));

        Plan solved = SolverFactory.<Plan>create(SolverSettings.baseConfig().withPhaseList(phases))
                .buildSolver().solve(plan);

        HardMediumSoftLongScore reported = solved.getScore();
        assertThat(scores.update(solved)).isEqualTo(reported);
        assertThat(reported.isFeasible()).isTrue();
    }

    /**
     * A configuration's steps keep what they measured for the solve they run in; a later solve with the same
     * configuration (the benchmark solves its programmes one after another) measures its own programme afresh,
     * even when its placements have the same ids.
     */
    @Test
    void aLaterSolveWithTheSameStepsMeasuresItsOwnProgramme() throws IOException {
        for (long seed = 60; seed <= 70; seed++) {
            List<PhaseCommand<Plan>> steps = PeriodReassignment.steps(new SolveFlows());
            solve(randomProgramme(new Random(seed)), steps);

            assertEveryPeriodAtItsBest(solve(randomProgramme(new Random(seed + 100)), steps), seed);
        }
    }

    /** Pins about half the placements to their first possible host; returns the pinned hosts by placement. */
    private static Map<String, Organisation> pinAboutHalf(Plan plan, Random random) {
        Map<String, Organisation> pinned = new HashMap<>();
        for (Placement placement : plan.getPlacements()) {
            if (random.nextBoolean() && !placement.getPossibleHosts().isEmpty()) {
                placement.setHost(placement.getPossibleHosts().get(0));
                placement.setPinned(true);
                pinned.put(placement.getId(), placement.getHost());
            }
        }
        return pinned;
    }

    private static void assertPinnedStayed(Plan plan, Map<String, Organisation> pinned) {
        for (Placement placement : plan.getPlacements()) {
            if (pinned.containsKey(placement.getId())) {
                assertThat(placement.getHost()).isEqualTo(pinned.get(placement.getId()));
            }
        }
    }

    private static Plan reassign(Plan plan) {
        return solve(plan, PeriodReassignment.steps(new SolveFlows()));
    }

    private static Plan perturb(Plan plan) {
        return solve(plan, Perturbation.steps(0, new SolveFlows()));
    }

    private static Plan solve(Plan plan, List<PhaseCommand<Plan>> steps) {
        return SolverFactory.<Plan>create(SolverSettings.baseConfig()
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(steps)))
                .buildSolver().solve(plan);
    }

    private void assertEveryPeriodAtItsBest(Plan plan, long seed) {
        for (Period period : plan.getProgramme().getPeriods()) {
            assertThat(plan.getScore()).as("seed %d, period %s", seed, period.getId()).isEqualTo(bestOf(plan, period));
        }
    }

    /** The best score reachable by changing only this period's unpinned placements, tried one by one. */
    private HardMediumSoftLongScore bestOf(Plan plan, Period period) {
        List<Placement> movable = new ArrayList<>();
        List<Organisation> keep = new ArrayList<>();
        for (Placement placement : plan.getPlacements()) {
            if (placement.getPeriod().equals(period) && !placement.isPinned()) {
                movable.add(placement);
                keep.add(placement.getHost());
            }
        }
        HardMediumSoftLongScore best = tryAll(plan, movable, 0, null);
        for (int i = 0; i < movable.size(); i++) {
            movable.get(i).setHost(keep.get(i));
        }
        scores.update(plan);
        return best;
    }

    private HardMediumSoftLongScore tryAll(Plan plan, List<Placement> movable, int index,
            HardMediumSoftLongScore best) {
        if (index == movable.size()) {
            HardMediumSoftLongScore score = scores.update(plan);
            return best == null || score.compareTo(best) > 0 ? score : best;
        }
        Placement placement = movable.get(index);
        List<Organisation> options = new ArrayList<>(placement.getPossibleHosts());
        options.add(null);
        for (Organisation host : options) {
            placement.setHost(host);
            best = tryAll(plan, movable, index + 1, best);
        }
        return best;
    }

    private Plan randomProgramme(Random random) throws IOException {
        write("programme.csv", """
                setting,value
                name,Per periode
                first_period_start,2027-01-01
                period_count,%d
                rotation_months,6
                max_commute_km,45
                %s""".formatted(PERIODS, random.nextBoolean() ? "weight.Host minimum not met,0hard/3medium/0soft\n" : ""));
        StringBuilder participants = new StringBuilder(
                "id,name,kind,employer,salary_scale,discipline,home,home_latitude,home_longitude\n");
        StringBuilder distances = new StringBuilder("participant,host,km,minutes\n");
        for (int p = 1; p <= PARTICIPANTS; p++) {
            participants.append("P").append(p).append(",Deelnemer ").append(p).append(',')
                    .append(random.nextInt(4) == 0 ? "JUNIOR" : "TRAINEE").append(',')
                    .append(random.nextBoolean() ? "GM0344" : "PV26").append(",8,")
                    .append(random.nextInt(3) == 0 ? "ruimte" : "").append(",Utrecht,,\n");
            for (String host : HOSTS) {
                int km = 5 + random.nextInt(50);
                distances.append('P').append(p).append(',').append(host).append(',').append(km).append(',')
                        .append(km).append('\n');
            }
        }
        StringBuilder capacity = new StringBuilder("host,period,discipline,min,max,max_salary_scale\n");
        for (String host : HOSTS) {
            for (int period = 1; period <= PERIODS; period++) {
                int max = 1 + random.nextInt(3);
                capacity.append(host).append(",2027-H").append(period).append(",,").append(random.nextInt(max + 1))
                        .append(',').append(max).append(",\n");
                if (host.startsWith("PV") && random.nextBoolean()) {
                    capacity.append(host).append(",2027-H").append(period).append(",ruimte,1,1,\n");
                }
            }
        }
        write("participants.csv", participants.toString());
        write("distances.csv", distances.toString());
        write("capacity.csv", capacity.toString());
        write("wishes.csv", "participant,host,period,by\nP" + (1 + random.nextInt(PARTICIPANTS)) + ','
                + HOSTS[random.nextInt(HOSTS.length)] + ",,PARTICIPANT\n");
        Plan plan = ProgrammeReader.read(folder);
        scores.update(plan);
        return plan;
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
    }
}
