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
    private final CliTexts texts;
    private Duration lastPrinted;

    ProgressPrinter(PrintStream out, Duration interval, CliTexts texts) {
        this.out = out;
        this.interval = interval;
        this.texts = texts;
    }

    @Override
    public void accept(Planner.Progress progress) {
        if (lastPrinted != null && progress.elapsed().minus(lastPrinted).compareTo(interval) < 0) {
            return;
        }
        lastPrinted = progress.elapsed();
        out.println("  " + texts.format("progress",
                String.format(Locale.ROOT, "%6.1f", progress.elapsed().toMillis() / 1000.0), progress.score()));
    }
}
