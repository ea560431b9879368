package nl.doorstroom.solver.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The measured section of BENCHMARKS.md: machine, one table per size, targets met or missed. */
final class Report {

    private Report() {
    }

    static String markdown(List<BenchmarkRunner.SizeResult> results, int seconds, int reportSeconds, int workers) {
        StringBuilder md = new StringBuilder();
        md.append("## Measured ").append(LocalDate.now()).append("\n\n");
        md.append("Machine: ").append(machine()).append("  \n");
        md.append(String.format(Locale.ROOT,
                "Limits: %d s per solver and instance; CP-SAT with %d workers (building the model counts against "
                        + "its time), run twice: its default portfolio, and a bound search with default_lp and "
                        + "lb_tree_search as full-problem workers; gaps are to the tighter of the two bounds. %s%n%n",
                seconds, workers, reportSeconds > 0
                        ? String.format(Locale.ROOT, "The Benchmarker HTML report ran each configuration for %d s per "
                                + "instance.", reportSeconds)
                        : "The Benchmarker HTML report was not made."));
        for (BenchmarkRunner.SizeResult r : results) {
            md.append(section(r, seconds));
        }
        return md.toString();
    }

    private static String section(BenchmarkRunner.SizeResult r, int seconds) {
        StringBuilder md = new StringBuilder();
        var plan = r.instance();
        long hosts = plan.getCapacityDeclarations().stream().map(c -> c.getHost().getCode()).distinct().count();
        md.append(String.format(Locale.ROOT, "### %s — %d participants, %d periods, %d hosts, %d placements%n%n",
                r.size(), plan.getParticipants().size(), plan.getPeriods().size(), hosts, plan.getPlacements().size()));
        md.append("| solver | first plan with no broken hard rule | score after 10 s | score after ")
                .append(seconds).append(" s | gap to CP-SAT bound | move evaluations/s | peak heap |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        Long softBound = r.softBound();
        md.append(String.format(Locale.ROOT, "| greedy (by hand) | %s | — | %s (%.2f s) | %s | — | — |%n",
                r.greedy().score().isFeasible() ? String.format(Locale.ROOT, "%.2f s", r.greedy().seconds()) : "never",
                r.greedy().score(), r.greedy().seconds(), gap(r.greedy().score(), softBound)));
        for (BenchmarkRunner.CpSat cp : r.cpSat().values()) {
            String cpFirst = cp.result().firstSolutionSeconds() < 0 ? "none"
                    : String.format(Locale.ROOT, "%.1f s", cp.result().firstSolutionSeconds());
            md.append(String.format(Locale.ROOT,
                    "| CP-SAT, %s (%s, %,d variables, built in %s) | %s | %s | %s | %s | — | %d MiB (Java side) |%n",
                    searchName(cp.search()), cp.result().status(), cp.result().variables(),
                    cp.result().buildSeconds() < 0 ? "—" : String.format(Locale.ROOT, "%.1f s", cp.result().buildSeconds()),
                    cpFirst, cp.scoreAt10s() == null ? "none" : cp.scoreAt10s(), cp.score() == null ? "none" : cp.score(),
                    gap(cp.score(), softBound), cp.peakHeapBytes() >> 20));
        }
        for (Map.Entry<String, TimefoldRun.Result> e : r.timefold().entrySet()) {
            TimefoldRun.Result t = e.getValue();
            md.append(String.format(Locale.ROOT, "| Timefold, %s | %s | %s | %s | %s | %,d | %d MiB |%n", e.getKey(),
                    t.firstFeasibleSeconds() < 0 ? "never" : String.format(Locale.ROOT, "%.1f s", t.firstFeasibleSeconds()),
                    t.scoreAt10s(), t.finalScore(), gap(t.finalScore(), softBound), t.moveEvaluationSpeed(),
                    t.peakHeapBytes() >> 20));
        }
        md.append("\n");
        BenchmarkRunner.CpSat bounding = r.cpSatBestBound();
        md.append(String.format(Locale.ROOT, "CP-SAT bound: %s.%n%n", softBound != null
                ? "0hard/0medium/" + softBound + "soft" + (r.cpSatProvedOptimum() ? " (proven optimum)"
                        : ", from the " + searchName(bounding.search()) + " run")
                : "none above zero, so no gap can be stated"));
        TimefoldRun.Result best = r.timefold().get("default");
        md.append(targets(r, best, softBound, seconds)).append("\n");
        return md.toString();
    }

    private static String targets(BenchmarkRunner.SizeResult r, TimefoldRun.Result t, Long softBound, int seconds) {
        StringBuilder md = new StringBuilder();
        HardMediumSoftLongScore cp = r.cpSatBestScore();
        switch (r.size()) {
            case S -> md.append(line("reaches CP-SAT's proven optimum within 10 s",
                    r.cpSatProvedOptimum() && cp != null && t.scoreAt10s() != null && t.scoreAt10s().compareTo(cp) >= 0,
                    "10 s: " + t.scoreAt10s() + ", CP-SAT " + (r.cpSatProvedOptimum() ? "OPTIMAL " : "best ") + cp
                            + (t.goalSeconds() >= 0 ? String.format(Locale.ROOT, "; optimum reached after %.1f s",
                                    t.goalSeconds()) : "")));
            case M -> md.append(line("within 0.5 % of CP-SAT's bound after " + seconds + " s",
                    softBound != null && t.finalScore().isFeasible() && t.finalScore().mediumScore() == 0
                            && gapValue(t.finalScore(), softBound) <= 0.005,
                    "gap " + gap(t.finalScore(), softBound)));
            case L -> {
                md.append(line("no broken hard rule within 5 s",
                        t.firstFeasibleSeconds() >= 0 && t.firstFeasibleSeconds() <= 5,
                        seconds(t.firstFeasibleSeconds())));
                md.append(line("better than CP-SAT given the same " + seconds + " s", cp == null || t.finalScore().compareTo(cp) > 0,
                        t.finalScore() + " vs " + (cp == null ? "no CP-SAT plan" : cp)));
            }
            case XL -> {
                md.append(line("no broken hard rule within 30 s",
                        t.firstFeasibleSeconds() >= 0 && t.firstFeasibleSeconds() <= 30,
                        seconds(t.firstFeasibleSeconds())));
                md.append(line("peak heap under 2 GiB", t.peakHeapBytes() < (2L << 30), (t.peakHeapBytes() >> 20) + " MiB"));
                md.append(line("better than CP-SAT at " + seconds + " s", cp == null || t.finalScore().compareTo(cp) > 0,
                        t.finalScore() + " vs " + (cp == null ? "no CP-SAT plan" : cp)));
            }
        }
        HardMediumSoftLongScore greedy = r.greedy().score();
        md.append(line("better than the greedy baseline", t.finalScore().compareTo(greedy) > 0, margin(t.finalScore(), greedy)));
        return md.toString();
    }

    private static String searchName(CpSatReference.Search search) {
        return switch (search) {
            case PLANS -> "default portfolio";
            case BOUND -> "bound search";
        };
    }

    static String margin(HardMediumSoftLongScore better, HardMediumSoftLongScore greedy) {
        if (better.hardScore() != greedy.hardScore()) {
            return String.format(Locale.ROOT, "greedy breaks %d more hard-rule units", better.hardScore() - greedy.hardScore());
        }
        if (better.mediumScore() != greedy.mediumScore()) {
            return String.format(Locale.ROOT, "%d medium units better (greedy %s)", better.mediumScore() - greedy.mediumScore(),
                    greedy);
        }
        return String.format(Locale.ROOT, "soft penalty %.1f %% lower (%d vs %d)",
                100.0 * (greedy.softScore() - better.softScore()) / Math.min(-1, greedy.softScore()),
                -better.softScore(), -greedy.softScore());
    }

    private static String seconds(double s) {
        return s < 0 ? "never within the limit" : String.format(Locale.ROOT, "%.1f s", s);
    }

    private static String line(String target, boolean met, String detail) {
        return "- " + (met ? "**met**" : "**missed**") + " — " + target + ": " + detail + "\n";
    }

    static double gapValue(HardMediumSoftLongScore score, Long softBound) {
        return (double) (-score.softScore() - (-softBound)) / Math.max(1, -softBound);
    }

    static String gap(HardMediumSoftLongScore score, Long softBound) {
        if (score == null || softBound == null) {
            return "—";
        }
        if (!score.isFeasible() || score.mediumScore() != 0) {
            return "n/a (" + (score.isFeasible() ? "medium " + score.mediumScore() : "infeasible") + ")";
        }
        return String.format(Locale.ROOT, "%.2f %%", 100 * gapValue(score, softBound));
    }

    /** How far a score lies above the optimum: the soft penalty more, and as a share of the optimum's. */
    static String gapToOptimum(HardMediumSoftLongScore score, HardMediumSoftLongScore optimum) {
        if (optimum == null) {
            return "no optimum";
        }
        if (!score.isFeasible() || score.mediumScore() != 0) {
            return gap(score, optimum.softScore());
        }
        return String.format(Locale.ROOT, "%d soft above it, %.3f %%", optimum.softScore() - score.softScore(),
                100 * gapValue(score, optimum.softScore()));
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the CPU unknown
        }
        return String.format(Locale.ROOT, "%d cores available to the JVM, %s; %s %s (%s); max heap %d MiB; %s",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
