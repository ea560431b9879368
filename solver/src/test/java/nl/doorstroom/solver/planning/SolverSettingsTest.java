package nl.doorstroom.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import nl.doorstroom.solver.benchmark.InstanceGenerator;
import nl.doorstroom.solver.benchmark.InstanceSize;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeWriter;

/**
 * The web application runs several solves at once through one solver manager; each solve's steps measure and
 * change only their own programme.
 */
class SolverSettingsTest {

    @TempDir
    Path folder;

    private final SolutionManager<Plan, HardMediumSoftLongScore> scores =
            SolutionManager.create(SolverFactory.create(SolverSettings.baseConfig()));

    @Test
    void solvesRunningAtOnceEachChangeOnlyTheirOwnPlan() throws Exception {
        SolverConfigOverride<Plan> threeSeconds = new SolverConfigOverride<Plan>()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(3)));
        try (SolverManager<Plan, Long> solverManager = SolverManager.create(SolverSettings.defaultPhasesPerSolve(),
                new SolverManagerConfig().withParallelSolverCount("2"))) {
            List<SolverJob<Plan, Long>> jobs = List.of(1L, 2L).stream()
                    .map(seed -> solverManager.solveBuilder().withProblemId(seed)
                            .withProblem(programme(seed))
                            .withConfigOverride(threeSeconds).run())
                    .toList();

            for (SolverJob<Plan, Long> job : jobs) {
                Plan solved = job.getFinalBestSolution();
                HardMediumSoftLongScore reported = solved.getScore();
                assertThat(scores.update(solved)).isEqualTo(reported);
                assertThat(reported.isFeasible()).isTrue();
                assertThat(solved.getPlacements()).allSatisfy(placement -> assertThat(placement.getHost()).isNotNull());
            }
        }
    }

    /** A programme like the benchmark's smallest, drawn with another seed, read as every programme is read. */
    private Plan programme(long seed) {
        Path programme = folder.resolve("seed-" + seed);
        ProgrammeWriter.write(InstanceGenerator.generate(InstanceSize.S, seed), programme);
        return ProgrammeReader.read(programme);
    }
}
