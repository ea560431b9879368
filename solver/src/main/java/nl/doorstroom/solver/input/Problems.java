package nl.doorstroom.solver.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Collects problems across all input, so a coordinator sees every one of them in one go. Problems in files are
 * listed file by file in the order of a programme folder, then by line and column, as the coordinator reads the
 * files; problems at field paths follow in the order found.
 *
 * <p>A broken export can hold a problem in every cell (120,000 unknown columns, a file in the wrong format), and
 * nobody reads past the first screens of them: the first {@value #PER_FILE} of a file and {@value #IN_ALL} in all
 * are kept, and the rest are counted ("and 3,412 more problems in this file").
 */
public final class Problems {

    static final int PER_FILE = 100;
    static final int IN_ALL = 200;

    private static final Comparator<Found> IN_FILE = Comparator
            .comparingInt((Found f) -> f.problem.where().line())
            .thenComparingInt(f -> f.problem.where().column())
            .thenComparingLong(f -> f.sequence);

    private record Found(long sequence, InputProblem problem) {
    }

    /** The first problems of one file (by line and column) or of the field paths (by arrival), and a count of more. */
    private static final class Kept {
        final PriorityQueue<Found> last = new PriorityQueue<>(IN_FILE.reversed());
        int more;

        void add(Found found) {
            if (last.size() < PER_FILE) {
                last.add(found);
            } else if (IN_FILE.compare(found, last.peek()) < 0) {
                last.poll();
                last.add(found);
                more++;
            } else {
                more++;
            }
        }

        List<InputProblem> inOrder() {
            List<Found> found = new ArrayList<>(last);
            found.sort(IN_FILE);
            return found.stream().map(Found::problem).toList();
        }
    }

    /** By file name; field paths under the empty name. */
    private final Map<String, Kept> byFile = new HashMap<>();
    private long sequence;
    private int count;

    public void add(InputProblem problem) {
        Where where = problem.where();
        String file = where.isInFile() ? where.file() : "";
        byFile.computeIfAbsent(file, f -> new Kept()).add(new Found(sequence++, problem));
        count++;
    }

    public void add(Where where, String key, Object... args) {
        add(InputProblem.of(where, key, args));
    }

    /** A problem with one field of a record. */
    public void at(Origin origin, String field, String key, Object... args) {
        add(origin.at(field), key, args);
    }

    public void addAll(Collection<InputProblem> more) {
        more.forEach(this::add);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Every problem found, listed or not. */
    public int size() {
        return count;
    }

    /** Whether any problem was found in the named file. */
    public boolean hasAnyIn(String file) {
        return byFile.containsKey(file);
    }

    /**
     * The problems to show, in reading order, at most {@value #PER_FILE} a file and {@value #IN_ALL} in all; where
     * some are left out a last problem of the file, or of the whole list, says how many.
     */
    public List<InputProblem> list() {
        List<String> files = new ArrayList<>(byFile.keySet());
        files.sort(Comparator.comparingInt(Problems::fileRank).thenComparing(Comparator.naturalOrder()));
        List<InputProblem> listed = new ArrayList<>();
        for (String file : files) {
            Kept kept = byFile.get(file);
            listed.addAll(kept.inOrder());
            if (kept.more > 0) {
                listed.add(InputProblem.of(moreAt(file, kept), "problems.moreInFile", kept.more));
            }
        }
        if (listed.size() <= IN_ALL) {
            return listed;
        }
        int shown = 0;
        List<InputProblem> first = new ArrayList<>();
        for (InputProblem problem : listed) {
            if (first.size() == IN_ALL) {
                break;
            }
            first.add(problem);
            shown += problem.key().equals("problems.moreInFile") ? (Integer) problem.args().get(0) : 1;
        }
        InputProblem firstLeftOut = listed.get(IN_ALL);
        first.add(InputProblem.of(firstLeftOut.where().isInFile() ? Where.file(firstLeftOut.file())
                : firstLeftOut.where(), "problems.more", count - shown));
        return first;
    }

    private static Where moreAt(String file, Kept kept) {
        return file.isEmpty() ? kept.last.peek().problem().where() : Where.file(file);
    }

    public void throwIfAny() {
        if (count > 0) {
            throw new InvalidInputException(list(), count);
        }
    }

    /** Files in the order of a programme folder, other files after them, field paths last. */
    private static int fileRank(String file) {
        if (file.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        int rank = ProgrammeFiles.ALL.indexOf(file);
        return rank < 0 ? ProgrammeFiles.ALL.size() : rank;
    }
}
