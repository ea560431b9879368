package nl.doorstroom.solver.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;

import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.fairness.FairnessReport;
import nl.doorstroom.solver.fairness.ParticipantFairness;
import nl.doorstroom.solver.fairness.Spread;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeWriter;
import nl.doorstroom.solver.planning.SolverSettings;

/**
 * What the fairness rule costs in total commute for how much less spread: the same generated programme solved
 * with the rule off and at a few weights, each plan then scored with the default weights (so the scores compare)
 * and described by its {@link FairnessReport}. Writes its table into {@code benchmark/BENCHMARKS.md} between the
 * fairness markers.
 *
 * <p>System properties: {@code fairness.size} (M), {@code fairness.seconds} (40 per run), {@code fairness.weights}
 * (soft points per km of unfairness; 0 is the rule off; default 0,100,300,1000).
 */
public final class FairnessBenchmark {

    static final String START = "<!-- fairness:start -->";
    static final String END = "<!-- fairness:end -->";

    record Row(long weight, HardMediumSoftLongScore defaultScore, long squaredKm, Spread spread, int longestKm,
            double loadBefore, double loadAfter) {
    }

    private FairnessBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        InstanceSize size = InstanceSize.valueOf(System.getProperty("fairness.size", "M"));
        int seconds = Integer.parseInt(System.getProperty("fairness.seconds", "40"));
        long[] weights = Arrays.stream(System.getProperty("fairness.weights", "0,100,300,1000").split(","))
                .map(String::strip).mapToLong(Long::parseLong).toArray();
        PlanScorer scorer = new PlanScorer();
        List<Row> rows = new ArrayList<>();
        for (long weight : weights) {
            Plan problem = instance(size);
            Map<String, HardMediumSoftLongScore> defaults = problem.getProgramme().getWeightOverrides();
            Map<String, HardMediumSoftLongScore> weighed = new java.util.HashMap<>(defaults);
            weighed.put(RuleNames.UNFAIR_COMMUTE, HardMediumSoftLongScore.ofSoft(weight));
            problem.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weighed));
            double before = load();
            Plan best = SolverFactory.<Plan>create(SolverSettings.config(Duration.ofSeconds(seconds))).buildSolver()
                    .solve(problem);
            double after = load();
            best.setConstraintWeightOverrides(ConstraintWeightOverrides.of(defaults));
            HardMediumSoftLongScore score = scorer.score(best);
            FairnessReport report = FairnessReport.of(best);
            long squared = best.getPlacements().stream().filter(Placement::isAssigned)
                    .mapToLong(p -> (long) p.getCommute().km() * p.getCommute().km()).sum();
            int longest = report.participants().stream().mapToInt(ParticipantFairness::longestKm).max().orElse(0);
            Row row = new Row(weight, score, squared, report.spread(), longest, before, after);
            System.out.println(line(row));
            rows.add(row);
        }
        String table = table(size, seconds, rows);
        System.out.println(table);
        write(Path.of("BENCHMARKS.md"), table);
    }

    /**
     * The generated programme, written and read back as every programme is read (which gives each placement the
     * hosts it could go to). The generator can wish a host in a period it declared nothing for, which the reader
     * refuses; those few wishes are left out, the rest of the instance is the benchmark's.
     */
    static Plan instance(InstanceSize size) {
        Plan generated = InstanceGenerator.generate(size);
        List<Wish> possible = generated.getWishes().stream().filter(wish -> wish.period() == null
                || generated.getCapacityDeclarations().stream().anyMatch(slot -> slot.getHost().equals(wish.host())
                        && slot.getPeriod().equals(wish.period()))).toList();
        Plan kept = new Plan(generated.getProgramme(), generated.getOrganisations(), generated.getParticipants(),
                generated.getCapacityDeclarations(), possible, generated.getPlacements());
        Path folder = Path.of("target", "fairness-instance", size.name());
        ProgrammeWriter.write(kept, folder);
        return ProgrammeReader.read(folder);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String table(InstanceSize size, int seconds, List<Row> rows) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Measured %s on %s (%d participants, %d periods), %d s per run, "
                + "%d cores; load average %.1f to %.1f while it ran (a shared, busy machine).%n%n", LocalDate.now(),
                size, size.participants(), size.periods(), seconds, Runtime.getRuntime().availableProcessors(),
                rows.stream().mapToDouble(Row::loadBefore).min().orElse(0),
                rows.stream().mapToDouble(Row::loadAfter).max().orElse(0)));
        text.append("| fairness weight (soft per km) | score with the default weights | total commute km | "
                + "Σ km² (long commute rule) | p10 | p50 | p90 | max | unfairness km | longest single commute km |\n");
        text.append("|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(row -> text.append(line(row)).append('\n'));
        return text.toString();
    }

    private static String line(Row row) {
        Spread s = row.spread();
        return String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %d | %d | %d | %d | %d | %d |",
                row.weight() == 0 ? "0 (off)" : Long.toString(row.weight()), row.defaultScore(), s.totalKm(),
                row.squaredKm(), s.p10(), s.p50(), s.p90(), s.max(), s.unfairnessKm(), row.longestKm());
    }

    private static void write(Path file, String table) throws IOException {
        String text = Files.readString(file);
        int s = text.indexOf(START);
        int e = text.indexOf(END);
        if (s < 0 || e < s) {
            throw new IllegalStateException(file + " has no " + START + " … " + END + " section");
        }
        Files.writeString(file, text.substring(0, s + START.length()) + "\n" + table + text.substring(e));
    }
}
