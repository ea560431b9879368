package nl.doorstroom.solver.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a file knows: those it must have and those it may have, in the order they are written, and which
 * of them hold decimal numbers (so a decimal comma that split one can be recognised).
 */
record Columns(List<String> required, List<String> optional, List<String> decimals) {

    static Columns of(List<String> required, List<String> optional) {
        return new Columns(List.copyOf(required), List.copyOf(optional), List.of());
    }

    Columns withDecimals(String... columns) {
        return new Columns(required, optional, List.of(columns));
    }

    List<String> all() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    boolean isDecimal(String column) {
        return decimals.contains(column);
    }
}
