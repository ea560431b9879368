package nl.doorstroom.solver.io;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.doorstroom.solver.input.Nearest;
import nl.doorstroom.solver.input.ProgrammeFiles;
import nl.doorstroom.solver.input.Problems;
import nl.doorstroom.solver.input.Where;

/** The files being read and the problems found so far. */
final class ReadContext {

    final ProgrammeSource source;
    final Problems problems = new Problems();

    ReadContext(ProgrammeSource source) {
        this.source = source;
    }

    /** A file the programme does not know is reported at its name, with the known name it was probably meant as. */
    void checkFileNames() {
        Set<String> names;
        try {
            names = source.fileNames();
        } catch (IOException | RuntimeException e) {
            return; // the files themselves are read, and reported, one by one
        }
        for (String name : names) {
            if (!ProgrammeFiles.ALL.contains(name)) {
                String near = Nearest.to(name.toLowerCase(Locale.ROOT), ProgrammeFiles.ALL);
                if (near != null) {
                    problems.add(Where.file(name), "file.unknownNear", String.join(", ", ProgrammeFiles.ALL), near);
                } else {
                    problems.add(Where.file(name), "file.unknown", String.join(", ", ProgrammeFiles.ALL));
                }
            }
        }
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
