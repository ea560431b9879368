package nl.doorstroom.solver.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One rotation block, e.g. {@code 2027-H1} from 1 January to 30 June 2027. */
public final class Period implements Comparable<Period> {

    private final String id;
    /** Position in the programme, 0 for the first period; consecutive periods differ by one. */
    private final int index;
    private final LocalDate start;
    private final LocalDate end;

    public Period(String id, int index, LocalDate start, LocalDate end) {
        this.id = Objects.requireNonNull(id);
        this.index = index;
        this.start = Objects.requireNonNull(start);
        this.end = Objects.requireNonNull(end);
    }

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public boolean isDirectlyBefore(Period other) {
        return index + 1 == other.index;
    }

    @Override
    public int compareTo(Period other) {
        return Integer.compare(index, other.index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
