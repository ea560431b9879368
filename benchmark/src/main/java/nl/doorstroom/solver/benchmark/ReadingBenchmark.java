package nl.doorstroom.solver.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;

/**
 * How long reading a large programme takes, and the most heap it uses: {@code ReadingBenchmark [participants]}
 * writes a {@link LargeProgramme} to a temporary folder and reads it five times (the first warms the JVM up).
 * Run with the heap the target allows (-Xmx1g); the numbers go into benchmark/BENCHMARKS.md.
 */
public final class ReadingBenchmark {

    /** The machine may be shared: the reading thread's CPU time says what the reading costs whatever the load. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private ReadingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = LargeProgramme.write(Files.createTempDirectory("large-programme"), participants, 1L);
        System.out.printf(Locale.ROOT, "participants.csv: %d participants, %.1f MB; max heap %d MiB%n", participants,
                Files.size(folder.resolve("participants.csv")) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long peak;
            Plan plan;
            try (HeapSampler heap = new HeapSampler()) {
                plan = ProgrammeReader.read(folder);
                peak = heap.peakBytes();
            }
            System.out.printf(Locale.ROOT, "run %d: read %d participants and %d placements in %.2f s (%.2f s CPU of "
                    + "the reading thread), peak heap %d MiB%n", run, plan.getParticipants().size(),
                    plan.getPlacements().size(), (System.nanoTime() - start) / 1e9,
                    (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9, peak >> 20);
        }
    }
}
