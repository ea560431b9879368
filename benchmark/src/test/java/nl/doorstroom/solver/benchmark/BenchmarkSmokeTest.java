package nl.doorstroom.solver.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.SolverConfig;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.planning.SolverSettings;

/**
 * The benchmark's smoke run on S, part of the default build: the comparison is made end to end
 * (generate, greedy, CP-SAT, Timefold, a few seconds each) and all three plans are scored by the same
 * scoring code. The full run is the {@code benchmark} profile (see benchmark/BENCHMARKS.md).
 */
class BenchmarkSmokeTest {

    @Test
    void comparesGreedyCpSatAndTimefoldOnS(@TempDir Path dir) {
        Path folder = InstanceGenerator.write(InstanceSize.S, dir.resolve("S"));
        PlanScorer scorer = new PlanScorer();

        Plan greedy = ProgrammeReader.read(folder);
        GreedyBaseline.plan(greedy);
        HardMediumSoftLongScore greedyScore = scorer.score(greedy);

        Plan exact = ProgrammeReader.read(folder);
        CpSatReference.Result cp = CpSatReference.solve(exact, Duration.ofSeconds(4), 2, CpSatReference.Search.BOUND);
        assertThat(cp.foundPlan()).as("CP-SAT finds a plan for S: %s", cp.status()).isTrue();
        HardMediumSoftLongScore cpScore = scorer.score(exact);
        // The model mirrors the rules: its objective is the penalty the scoring code gives its plan.
        assertThat(cpScore.mediumScore()).isZero();
        assertThat(cp.objective()).isEqualTo(-cpScore.softScore());
        if (cp.softBound() != null) {
            assertThat(cpScore.softScore()).isLessThanOrEqualTo(cp.softBound());
        }

        SolverConfig config = SolverSettings.config(Duration.ofSeconds(4));
        TimefoldRun.Result timefold = TimefoldRun.run(ProgrammeReader.read(folder), config, scorer);

        // Same scoring code: each score is the one PlanScorer gives the plan itself.
        assertThat(exact.getScore()).isEqualTo(cpScore);
        assertThat(greedy.getScore()).isEqualTo(greedyScore);
        assertThat(timefold.best().getScore()).isEqualTo(timefold.finalScore());
        assertThat(cpScore.isFeasible()).isTrue();
        assertThat(timefold.finalScore().isFeasible()).isTrue();
        assertThat(timefold.finalScore()).isGreaterThanOrEqualTo(greedyScore);
        assertThat(exact.getPlacements()).allMatch(Placement::isAssigned);
    }
}
