package nl.doorstroom.solver.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;

/**
 * The full comparison of issue 6: for each size, the greedy baseline, CP-SAT and each Timefold
 * configuration, side by side on the same instance and scored by the same {@link PlanScorer}; then the
 * Timefold Benchmarker over the same instances for the HTML report. Writes the measured section of
 * {@code benchmark/BENCHMARKS.md} (between its result markers) and {@code target/benchmark/results.md}.
 *
 * <p>System properties: {@code benchmark.sizes} (default S,M,L,XL), {@code benchmark.seconds} (60),
 * {@code benchmark.report.seconds} (time per solver and instance in the Benchmarker report, 20),
 * {@code benchmark.workers} (CP-SAT workers, 2), {@code benchmark.compare} (false: only the Benchmarker
 * report, on instances generated before), {@code benchmark.s.seeds} (the S-sized instances of other seeds
 * run against their proven optimum, 102,103,104,105,106; empty for none).
 */
public final class BenchmarkRunner {

    static final String START = "<!-- results:start -->";
    static final String END = "<!-- results:end -->";

    record SizeResult(InstanceSize size, Plan instance, Greedy greedy, Map<CpSatReference.Search, CpSat> cpSat,
            Map<String, TimefoldRun.Result> timefold) {

        HardMediumSoftLongScore cpSatBestScore() {
            return bestScore(cpSat);
        }

        /** The run that proved the tightest bound (the highest penalty no plan can go below), if any did. */
        CpSat cpSatBestBound() {
            return cpSat.values().stream().filter(c -> c.result().softBound() != null)
                    .min(Comparator.comparing(c -> c.result().softBound())).orElse(null);
        }

        /** The tightest bound in score units, or null. */
        Long softBound() {
            CpSat best = cpSatBestBound();
            return best == null ? null : best.result().softBound();
        }

        boolean cpSatProvedOptimum() {
            return provedOptimum(cpSat);
        }
    }

    /** The better of CP-SAT's plans, or null when neither run found one. */
    static HardMediumSoftLongScore bestScore(Map<CpSatReference.Search, CpSat> cpSat) {
        return cpSat.values().stream().map(CpSat::score).filter(Objects::nonNull)
                .max(HardMediumSoftLongScore::compareTo).orElse(null);
    }

    static boolean provedOptimum(Map<CpSatReference.Search, CpSat> cpSat) {
        return cpSat.values().stream().anyMatch(c -> c.result().status().equals("OPTIMAL"));
    }

    record Greedy(HardMediumSoftLongScore score, double seconds) {
    }

    record CpSat(CpSatReference.Search search, CpSatReference.Result result, HardMediumSoftLongScore score,
            HardMediumSoftLongScore scoreAt10s, long peakHeapBytes) {
    }

    public static void main(String[] args) throws Exception {
        List<InstanceSize> sizes = Arrays.stream(System.getProperty("benchmark.sizes", "S,M,L,XL").split(","))
                .map(String::trim).map(InstanceSize::valueOf).toList();
        int seconds = Integer.getInteger("benchmark.seconds", 60);
        int reportSeconds = Integer.getInteger("benchmark.report.seconds", 20);
        int workers = Integer.getInteger("benchmark.workers", 2);
        Path target = Path.of("target");
        PlanScorer scorer = new PlanScorer();
        if (!Boolean.parseBoolean(System.getProperty("benchmark.compare", "true"))) {
            for (InstanceSize size : sizes) {
                InstanceGenerator.write(size, target.resolve("benchmark-instances").resolve(size.name()));
            }
            benchmarkerReport(sizes, target, Duration.ofSeconds(reportSeconds));
            return;
        }
        List<SizeResult> results = new ArrayList<>();
        for (InstanceSize size : sizes) {
            results.add(compare(size, target.resolve("benchmark-instances").resolve(size.name()), Duration.ofSeconds(seconds),
                    workers, scorer));
        }
        String table = Report.markdown(results, seconds, reportSeconds, workers);
        List<Long> seeds = Arrays.stream(System.getProperty("benchmark.s.seeds", "102,103,104,105,106").split(","))
                .map(String::trim).filter(seed -> !seed.isEmpty()).map(Long::valueOf).toList();
        if (sizes.contains(InstanceSize.S) && !seeds.isEmpty()) {
            table += SmallSeeds.markdown(SmallSeeds.run(seeds, target.resolve("benchmark-instances"), workers, scorer));
        }
        Files.createDirectories(target.resolve("benchmark"));
        Files.writeString(target.resolve("benchmark/results.md"), table);
        updateResultsFile(Path.of("BENCHMARKS.md"), table);
        System.out.println(table);
        if (reportSeconds > 0) {
            benchmarkerReport(sizes, target, Duration.ofSeconds(reportSeconds));
        }
    }

    static SizeResult compare(InstanceSize size, Path folder, Duration limit, int workers, PlanScorer scorer) {
        log("%s: generating %s", size, folder);
        Plan instance = InstanceGenerator.writeAndRead(size, folder);
        log("%s: %d participants, %d placements, %d hosts, %d periods", size, instance.getParticipants().size(),
                instance.getPlacements().size(), instance.getCapacityDeclarations().stream()
                        .map(c -> c.getHost().getCode()).distinct().count(), instance.getPeriods().size());

        Plan greedyPlan = ProgrammeReader.read(folder);
        long start = System.nanoTime();
        GreedyBaseline.plan(greedyPlan);
        double greedySeconds = (System.nanoTime() - start) / 1e9;
        Greedy greedy = new Greedy(scorer.score(greedyPlan), greedySeconds);
        log("%s: greedy %s in %.2f s", size, greedy.score(), greedySeconds);

        Map<CpSatReference.Search, CpSat> cpSat = new EnumMap<>(CpSatReference.Search.class);
        for (CpSatReference.Search search : CpSatReference.Search.values()) {
            cpSat.put(search, cpSat(size, folder, limit, workers, search, scorer));
        }

        // Where CP-SAT proved the optimum, each Timefold run notes when it got there.
        HardMediumSoftLongScore optimum = provedOptimum(cpSat) ? bestScore(cpSat) : null;
        Map<String, TimefoldRun.Result> timefold = new LinkedHashMap<>();
        for (SolverVariants.Variant variant : SolverVariants.all(limit)) {
            Plan problem = ProgrammeReader.read(folder);
            TimefoldRun.Result r = TimefoldRun.run(problem, variant.config(), scorer, optimum);
            timefold.put(variant.name(), r.withoutPlan());
            log("%s: Timefold %s: first feasible %.1f s, 10 s %s, end %s, %d moves/s, heap %d MiB", size,
                    variant.name(), r.firstFeasibleSeconds(), r.scoreAt10s(), r.finalScore(), r.moveEvaluationSpeed(),
                    r.peakHeapBytes() >> 20);
        }
        return new SizeResult(size, instance, greedy, cpSat, timefold);
    }

    /** One CP-SAT run: its plan scored by the same code as the others, and what it proved. */
    private static CpSat cpSat(InstanceSize size, Path folder, Duration limit, int workers,
            CpSatReference.Search search, PlanScorer scorer) {
        Plan cpPlan = ProgrammeReader.read(folder);
        try (HeapSampler heap = new HeapSampler()) {
            CpSatReference.Result r = CpSatReference.solve(cpPlan, limit, workers, search);
            HardMediumSoftLongScore score = r.foundPlan() ? scorer.score(cpPlan) : null;
            HardMediumSoftLongScore at10 = null;
            if (!r.at10s().isEmpty()) {
                Plan snapshot = ProgrammeReader.read(folder);
                Map<String, Organisation> hosts = new HashMap<>();
                r.at10s().forEach((p, h) -> hosts.put(p.getId(), h));
                for (Placement p : snapshot.getPlacements()) {
                    p.setHost(hosts.get(p.getId()));
                }
                at10 = scorer.score(snapshot);
            }
            log("%s: CP-SAT %s %s, %s (objective %d, bound %d, %d variables, built in %.1f s)", size, search,
                    r.status(), score, r.objective(), r.bound(), r.variables(), r.buildSeconds());
            return new CpSat(search, r, score, at10, heap.peakBytes());
        } catch (RuntimeException | OutOfMemoryError e) {
            log("%s: CP-SAT %s failed: %s", size, search, e);
            return new CpSat(search, new CpSatReference.Result("FAILED: " + e.getClass().getSimpleName(), false,
                    false, Long.MAX_VALUE, 0, 1, -1, -1, 0, Map.of(), 0), null, null, 0);
        }
    }

    /** The Timefold Benchmarker over the same instances, for its HTML report under target/benchmark/. */
    static void benchmarkerReport(List<InstanceSize> sizes, Path target, Duration limit) {
        List<SolverBenchmarkConfig> solvers = SolverVariants.all(limit).stream()
                .map(v -> new SolverBenchmarkConfig().withName(v.name()).withSolverConfig(v.config())
                        .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                                .withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE,
                                        ProblemStatisticType.MOVE_EVALUATION_SPEED)))
                .toList();
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName("Doorstroom " + sizes.stream().map(Enum::name).collect(Collectors.joining(" ")))
                .withBenchmarkDirectory(target.resolve("benchmark").toFile())
                .withParallelBenchmarkCount("1")
                .withSolverBenchmarkConfigList(solvers);
        List<Plan> problems = sizes.stream()
                .map(s -> ProgrammeReader.read(target.resolve("benchmark-instances").resolve(s.name()))).toList();
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems).benchmark();
    }

    static void updateResultsFile(Path file, String table) {
        try {
            String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n" + START + "\n" + END + "\n";
            int s = text.indexOf(START);
            int e = text.indexOf(END);
            if (s < 0 || e < s) {
                text = text + "\n" + START + "\n" + END + "\n";
                s = text.indexOf(START);
                e = text.indexOf(END);
            }
            Files.writeString(file, text.substring(0, s + START.length()) + "\n" + table + text.substring(e));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%s] " + format + "%n",
                concat(java.time.LocalTime.now().withNano(0), args));
    }

    private static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static String today() {
        return LocalDate.now().toString();
    }
}
