package nl.doorstroom.solver.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.ExplanationReport;
import nl.doorstroom.solver.explain.PlanExplainer;
import nl.doorstroom.solver.explain.PlanExplanation;
import nl.doorstroom.solver.input.InputProblem;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.io.PlacementsWriter;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.planning.Planner;
import nl.doorstroom.solver.planning.Replanning;

/**
 * {@code plan <programme-folder>}: reads a programme, solves it, writes placements.csv and explanation.txt.
 * Exit codes: 0 a usable plan, 1 bad input, 2 bad arguments, 3 a plan that still breaks a hard rule.
 */
public final class PlanCommand {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int BAD_ARGUMENTS = 2;
    static final int NOT_USABLE = 3;

    /** Progress lines come at most this often, so a fast solver does not flood the terminal. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private final PrintStream out;
    private final PrintStream err;

    PlanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new PlanCommand(System.out, System.err).run(List.of(args)));
    }

    int run(List<String> args) {
        PlanCommandLine line;
        try {
            line = PlanCommandLine.parse(args);
        } catch (PlanCommandLine.UsageException e) {
            err.println("plan: " + e.getMessage());
            err.println(PlanCommandLine.USAGE);
            return BAD_ARGUMENTS;
        }
        Plan problem;
        try {
            problem = ProgrammeReader.read(line.programmeFolder());
        } catch (InvalidInputException e) {
            err.println("plan: " + line.programmeFolder() + " cannot be planned: " + e.getProblems().size()
                    + " problem(s)");
            for (InputProblem problemLine : e.getProblems()) {
                err.println(problemLine);
            }
            return BAD_INPUT;
        }
        if (line.today() != null) {
            int pinned = Replanning.pinStartedPeriods(problem, line.today());
            out.println("Re-planning from " + line.today() + ": " + pinned + " placement(s) in started periods kept as they are.");
        }
        out.println("Planning " + problem.getProgramme().getName() + ": " + problem.getParticipants().size()
                + " participants, " + problem.getPeriods().size() + " periods, " + problem.getPlacements().size()
                + " placements, for at most " + format(line.time()) + ".");
        Plan plan = new Planner(line.time()).solve(problem, new ProgressPrinter(out, PROGRESS_INTERVAL));
        PlanExplanation explanation = new PlanExplainer().explain(plan);
        try {
            Files.createDirectories(line.outFolder());
            Path placements = line.outFolder().resolve("placements.csv");
            Path explanationFile = line.outFolder().resolve("explanation.txt");
            PlacementsWriter.write(plan, placements);
            Files.writeString(explanationFile, new ExplanationReport(line.locale()).render(plan, explanation),
                    StandardCharsets.UTF_8);
            out.println("Best plan: " + explanation.score());
            out.println("Wrote " + placements + " and " + explanationFile + ".");
        } catch (IOException e) {
            err.println("plan: cannot write to " + line.outFolder() + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (!explanation.isUsable()) {
            err.println("plan: the best plan found still breaks a hard rule; see explanation.txt.");
            return NOT_USABLE;
        }
        return OK;
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 60 && seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
