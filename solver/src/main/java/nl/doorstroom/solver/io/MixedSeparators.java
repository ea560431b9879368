package nl.doorstroom.solver.io;

import java.util.List;

import nl.doorstroom.solver.input.Problems;
import nl.doorstroom.solver.input.Where;

/**
 * A file whose header is separated by one separator and whose rows by the other, as happens when a file is
 * pasted together from two spreadsheets. Each such row reads as one long value, which would give a symptom per
 * column ("empty name", "empty kind"...); the cause is said once instead, and the file is not read further.
 */
final class MixedSeparators {

    private MixedSeparators() {
    }

    /** True after reporting rows that are one value holding the other separator, under a header of several. */
    static boolean reported(String file, CsvTokenizer.Record header, List<CsvTokenizer.Record> body, char separator,
            Problems problems) {
        if (header.fields().length < 2) {
            return false;
        }
        char other = separator == ',' ? ';' : ',';
        int count = 0;
        CsvTokenizer.Record first = null;
        for (CsvTokenizer.Record row : body) {
            if (row.fields().length == 1 && !row.isQuoted(0) && row.fields()[0].indexOf(other) >= 0) {
                count++;
                if (first == null) {
                    first = row;
                }
            }
        }
        if (first == null) {
            return false;
        }
        problems.add(Where.cell(file, first.line(), 1), "file.mixedSeparators", String.valueOf(separator),
                String.valueOf(other), count);
        return true;
    }
}
