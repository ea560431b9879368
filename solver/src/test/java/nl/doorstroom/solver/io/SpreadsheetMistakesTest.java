package nl.doorstroom.solver.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorstroom.solver.input.InputProblem;
import nl.doorstroom.solver.input.InvalidInputException;

/**
 * Mistakes a spreadsheet or a hand edit makes in a whole file, in real files under /inputs: the problem names the
 * cause once, instead of a symptom in every row.
 */
class SpreadsheetMistakesTest {

    @TempDir
    Path folder;

    private List<String> problemsOf(String inputCase) throws IOException {
        TestProgrammes.copyOfSmallWith(folder, inputCase);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ProgrammeReader.read(folder));
        assertThat(e).as("the programme should be refused").isNotNull();
        return e.getProblems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void aHeaderWithSemicolonsAboveRowsWithCommasIsOneProblem() throws IOException {
        assertThat(problemsOf("mixed-separators")).containsExactly("participants.csv:2:1: the header line is "
                + "separated by ';' but 5 row(s) by ',' (the first is this line): save the file again with one "
                + "separator");
    }

    @Test
    void aDecimalCommaThatSplitACoordinateIsNamedAsTheCause() throws IOException {
        assertThat(problemsOf("decimal-comma")).containsExactly(
                "organisations.csv:2:6: latitude '51,6900' was split in two by its decimal comma, in a file "
                        + "separated by commas: write 51.6900, or put the number in quotes",
                "organisations.csv:2:7: longitude '5,3000' was split in two by its decimal comma, in a file "
                        + "separated by commas: write 5.3000, or put the number in quotes",
                "participants.csv:4:8: home_latitude '51,56' was split in two by its decimal comma, in a file "
                        + "separated by commas: write 51.56, or put the number in quotes",
                "participants.csv:4:9: home_longitude '5,08' was split in two by its decimal comma, in a file "
                        + "separated by commas: write 5.08, or put the number in quotes");
    }

    @Test
    void aMisspeltFileNameIsReportedWithTheNameItWasMeantAs() throws IOException {
        assertThat(problemsOf("misspelt-file-name")).containsExactly("whishes.csv: unknown file: expected one of "
                + "programme.csv, organisations.csv, compatibility.csv, participants.csv, history.csv, "
                + "distances.csv, capacity.csv, wishes.csv, placements.csv; did you mean wishes.csv?");
    }
}
