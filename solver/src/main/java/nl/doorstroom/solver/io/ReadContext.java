package nl.doorstroom.solver.io;

import java.io.IOException;
import java.util.Optional;

import nl.doorstroom.solver.input.Problems;
import nl.doorstroom.solver.input.Where;

/** The files being read and the problems found so far. */
final class ReadContext {

    final ProgrammeSource source;
    final Problems problems = new Problems();

    ReadContext(ProgrammeSource source) {
        this.source = source;
    }

    /** The parsed file; empty when it is absent (reported if required) or unusable (reported). */
    Optional<CsvTable> table(String file, Columns columns, boolean required) {
        Optional<byte[]> bytes;
        try {
            bytes = source.bytes(file);
        } catch (IOException | RuntimeException e) {
            problems.add(Where.file(file), "file.cannotRead", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        if (bytes.isEmpty()) {
            if (required) {
                problems.add(Where.file(file), "file.missing");
            }
            return Optional.empty();
        }
        return CsvTable.parse(file, bytes.get(), columns, problems);
    }
}
