package nl.doorstroom.solver.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.ExplanationReport;
import nl.doorstroom.solver.explain.PlanExplainer;
import nl.doorstroom.solver.explain.PlanExplanation;
import nl.doorstroom.solver.input.InputProblem;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.input.ProgrammeFiles;
import nl.doorstroom.solver.io.CsvDialect;
import nl.doorstroom.solver.io.PlacementsWriter;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeSource;
import nl.doorstroom.solver.planning.Planner;
import nl.doorstroom.solver.planning.Replanning;

/**
 * {@code plan <programme-folder>}: reads a programme, solves it, writes placements.csv and explanation.txt.
 * Exit codes: 0 a usable plan, 1 bad input, 2 bad arguments, 3 a plan that still breaks a hard rule.
 *
 * <p>The folder's own placements.csv is never read: it is what the planner writes there by default, and reading
 * it back would make a draft nobody published count as the published plan. A published plan is named with
 * {@code --published}.
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
        CliTexts texts = new CliTexts(PlanCommandLine.languageOf(args));
        PlanCommandLine line;
        try {
            line = PlanCommandLine.parse(args);
        } catch (PlanCommandLine.UsageException e) {
            err.println(texts.format("error", e.message(texts)));
            err.println(texts.format("usage"));
            return BAD_ARGUMENTS;
        }
        if (line.help()) {
            out.println(texts.format("usage"));
            return OK;
        }
        if (line.today() != null && line.published() == null) {
            // pinning the started periods of no plan would pin everyone there without a placement
            err.println(texts.format("error", texts.format("arguments.todayWithoutPublished")));
            err.println(texts.format("usage"));
            return BAD_ARGUMENTS;
        }
        // Everything that can be wrong with the folders is said before reading, let alone solving.
        String wrongPlace = wrongPlace(line, texts);
        if (wrongPlace != null) {
            err.println(texts.format("error", wrongPlace));
            return BAD_ARGUMENTS;
        }
        Plan problem;
        try {
            problem = ProgrammeReader.read(source(line, texts));
        } catch (InvalidInputException e) {
            err.println(texts.format("problems", line.programmeFolder(), e.total()));
            for (InputProblem problemLine : e.getProblems()) {
                err.println(problemLine.toString(texts.locale()));
            }
            if (line.published() != null
                    && e.getProblems().stream().anyMatch(p -> ProgrammeFiles.PLACEMENTS.equals(p.file()))) {
                err.println(texts.format("problems.publishedIs", line.published()));
            }
            return BAD_INPUT;
        }
        if (line.today() != null) {
            int pinned = Replanning.pinStartedPeriods(problem, line.today());
            out.println(texts.format("replanning", line.today(), pinned));
        }
        out.println(texts.format("planning", problem.getProgramme().getName(), problem.getParticipants().size(),
                problem.getPeriods().size(), problem.getPlacements().size(), format(line.time())));
        out.println(texts.format("periods", problem.getPeriods().stream()
                .map(p -> texts.format("period", p.getId(), p.getStart(), p.getEnd()))
                .collect(Collectors.joining(", "))));
        long solvingStarted = System.nanoTime();
        Plan plan = new Planner(line.time()).solve(problem, new ProgressPrinter(out, PROGRESS_INTERVAL, texts));
        out.println(texts.format("planned", String.format(Locale.ROOT, "%.1f",
                (System.nanoTime() - solvingStarted) / 1e9)));
        PlanExplanation explanation = new PlanExplainer().explain(plan);
        Path placements = line.outFolder().resolve(ProgrammeFiles.PLACEMENTS);
        Path explanationFile = line.outFolder().resolve("explanation.txt");
        try {
            PlacementsWriter.write(plan, placements, dialectOf(line.programmeFolder()));
            Files.writeString(explanationFile, new ExplanationReport(texts.locale()).render(plan, explanation),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println(texts.format("error", texts.format("out.cannotWrite", line.outFolder(), e.getMessage())));
            return BAD_ARGUMENTS;
        }
        out.println(texts.format("best", explanation.score()));
        out.println(texts.format("wrote", placements, explanationFile));
        if (!explanation.isUsable()) {
            err.println(texts.format("notUsable", explanationFile));
            return NOT_USABLE;
        }
        return OK;
    }

    /** What is wrong with the programme folder, the published plan or the output folder; null when nothing. */
    private static String wrongPlace(PlanCommandLine line, CliTexts texts) {
        Path folder = line.programmeFolder();
        if (!Files.exists(folder)) {
            return texts.format("folder.missing", folder);
        }
        if (!Files.isDirectory(folder)) {
            return texts.format("folder.isFile", folder);
        }
        if (line.published() != null && !Files.isRegularFile(line.published())) {
            return texts.format("published.missing", line.published());
        }
        return OutputFolder.problem(line.outFolder(), texts);
    }

    /** The folder without its own placements.csv, and the published plan in its place when one is named. */
    private ProgrammeSource source(PlanCommandLine line, CliTexts texts) {
        ProgrammeSource source = ProgrammeSource.folder(line.programmeFolder()).without(ProgrammeFiles.PLACEMENTS);
        if (line.published() != null) {
            try {
                return source.with(ProgrammeFiles.PLACEMENTS, Files.readAllBytes(line.published()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Path draft = line.programmeFolder().resolve(ProgrammeFiles.PLACEMENTS);
        if (Files.isRegularFile(draft)) {
            out.println(texts.format("draftNotRead", draft));
        }
        return source;
    }

    /** The separator and byte-order mark of the participants file, so placements.csv opens as it did. */
    private static CsvDialect dialectOf(Path folder) {
        try {
            Path participants = folder.resolve(ProgrammeFiles.PARTICIPANTS);
            return Files.isRegularFile(participants) ? CsvDialect.of(Files.readAllBytes(participants))
                    : CsvDialect.PLAIN;
        } catch (IOException e) {
            return CsvDialect.PLAIN;
        }
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 60 && seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

}
