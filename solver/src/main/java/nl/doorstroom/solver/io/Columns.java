package nl.doorstroom.solver.io;

import java.util.ArrayList;
import java.util.List;

/** The columns a file knows: those it must have and those it may have, in the order they are written. */
record Columns(List<String> required, List<String> optional) {

    static Columns of(List<String> required, List<String> optional) {
        return new Columns(List.copyOf(required), List.copyOf(optional));
    }

    List<String> all() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }
}
