package nl.doorstroom.solver.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems across all input, so a coordinator sees every one of them in one go. Problems in files are
 * listed file by file in the order of a programme folder, then by line and column, as the coordinator reads the
 * files; problems at field paths follow in the order found.
 */
public final class Problems {

    private static final Comparator<InputProblem> ORDER = Comparator
            .comparingInt((InputProblem p) -> fileRank(p.where()))
            .thenComparingInt(p -> p.where().line())
            .thenComparingInt(p -> p.where().column());

    private final List<InputProblem> problems = new ArrayList<>();

    public void add(InputProblem problem) {
        problems.add(problem);
    }

    public void add(Where where, String key, Object... args) {
        problems.add(InputProblem.of(where, key, args));
    }

    /** A problem with one field of a record. */
    public void at(Origin origin, String field, String key, Object... args) {
        add(origin.at(field), key, args);
    }

    public void addAll(Collection<InputProblem> more) {
        problems.addAll(more);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    public List<InputProblem> list() {
        List<InputProblem> sorted = new ArrayList<>(problems);
        sorted.sort(ORDER); // stable: paths, all ranked last, keep the order they were found in
        return sorted;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }

    private static int fileRank(Where where) {
        if (!where.isInFile()) {
            return Integer.MAX_VALUE;
        }
        int rank = ProgrammeFiles.ALL.indexOf(where.file());
        return rank < 0 ? ProgrammeFiles.ALL.size() : rank;
    }
}
