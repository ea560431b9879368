package nl.doorstroom.solver.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

import nl.doorstroom.solver.planning.Planner;

/** Prints the best score while solving, at most once per interval. */
final class ProgressPrinter implements Consumer<Planner.Progress> {

    private final PrintStream out;
    private final Duration interval;
    private Duration lastPrinted;

    ProgressPrinter(PrintStream out, Duration interval) {
        this.out = out;
        this.interval = interval;
    }

    @Override
    public void accept(Planner.Progress progress) {
        if (lastPrinted != null && progress.elapsed().minus(lastPrinted).compareTo(interval) < 0) {
            return;
        }
        lastPrinted = progress.elapsed();
        out.printf(Locale.ROOT, "  %6.1fs  best so far %s%n", progress.elapsed().toMillis() / 1000.0, progress.score());
    }
}
