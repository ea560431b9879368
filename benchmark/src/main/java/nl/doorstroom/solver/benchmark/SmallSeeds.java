package nl.doorstroom.solver.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeWriter;
import nl.doorstroom.solver.planning.SolverSettings;

/**
 * The S target on more than one instance: S-sized programmes drawn with other seeds, each solved to its proven
 * optimum by CP-SAT and then by Doorstroom's default solver for 10 s, noting when it reached that optimum. One
 * instance can be lucky or unlucky for a solver that draws at random; several show how dependable it is.
 */
final class SmallSeeds {

    static final Duration LIMIT = Duration.ofSeconds(10);

    /** One seed: CP-SAT's optimum (null when it proved none) and Doorstroom's run. */
    record SeedResult(long seed, HardMediumSoftLongScore optimum, TimefoldRun.Result timefold) {

        boolean reached() {
            return optimum != null && timefold.goalSeconds() >= 0;
        }
    }

    private SmallSeeds() {
    }

    static List<SeedResult> run(List<Long> seeds, Path instances, int workers, PlanScorer scorer) {
        List<SeedResult> results = new ArrayList<>();
        for (long seed : seeds) {
            Path folder = instances.resolve("S-" + seed);
            ProgrammeWriter.write(InstanceGenerator.generate(InstanceSize.S, seed), folder);
            Plan exact = ProgrammeReader.read(folder);
            CpSatReference.Result cp = CpSatReference.solve(exact, Duration.ofSeconds(60), workers,
                    CpSatReference.Search.BOUND);
            HardMediumSoftLongScore optimum = cp.status().equals("OPTIMAL") ? scorer.score(exact) : null;
            TimefoldRun.Result timefold = TimefoldRun.run(ProgrammeReader.read(folder), SolverSettings.config(LIMIT),
                    scorer, optimum).withoutPlan();
            BenchmarkRunner.log("S seed %d: CP-SAT %s %s; Timefold %s, optimum after %.1f s", seed, cp.status(),
                    optimum, timefold.finalScore(), timefold.goalSeconds());
            results.add(new SeedResult(seed, optimum, timefold));
        }
        return results;
    }

    /** The table for BENCHMARKS.md, with how many seeds met the target. */
    static String markdown(List<SeedResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("### S on other seeds — Doorstroom for 10 s against CP-SAT's proven optimum\n\n");
        md.append("| seed | CP-SAT optimum | Doorstroom after 10 s | optimum reached after |\n|---|---|---|---|\n");
        int reached = 0;
        for (SeedResult r : results) {
            if (r.reached()) {
                reached++;
            }
            md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s |%n", r.seed(),
                    r.optimum() == null ? "not proven" : r.optimum(), r.timefold().finalScore(),
                    r.reached() ? String.format(Locale.ROOT, "%.1f s", r.timefold().goalSeconds())
                            : "not within 10 s (" + Report.gapToOptimum(r.timefold().finalScore(), r.optimum()) + ")"));
        }
        md.append(String.format(Locale.ROOT, "%nReached the proven optimum within 10 s on %d of %d seeds.%n%n", reached,
                results.size()));
        return md.toString();
    }
}
