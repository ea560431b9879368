package nl.doorstroom.solver.io;

import java.nio.file.Path;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.input.ProgrammeAssembler;
import nl.doorstroom.solver.input.ProgrammeInput;

/**
 * Reads a programme folder (see data/README.md) into a plan ready to solve. A programme is read whole or not at
 * all: every problem in every file is collected first and then thrown together as an
 * {@link InvalidInputException}.
 */
public final class ProgrammeReader {

    private ProgrammeReader() {
    }

    public static Plan read(Path folder) {
        return read(ProgrammeSource.folder(folder));
    }

    public static Plan read(ProgrammeSource source) {
        return new ProgrammeAssembler(BuiltInReference.data()).assemble(input(source));
    }

    /** The folder's files as records, with the problems of reading them; nothing is checked against the rules yet. */
    public static ProgrammeInput input(ProgrammeSource source) {
        ReadContext context = new ReadContext(source);
        context.checkFileNames();
        return new ProgrammeInput(SettingsCsv.read(context), RecordsCsv.organisations(context),
                RecordsCsv.compatibility(context), RecordsCsv.participants(context), RecordsCsv.history(context),
                RecordsCsv.distances(context), RecordsCsv.capacity(context), RecordsCsv.wishes(context),
                RecordsCsv.placements(context), context.problems.list());
    }
}
