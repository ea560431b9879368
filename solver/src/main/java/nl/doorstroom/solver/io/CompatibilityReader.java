package nl.doorstroom.solver.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.CompatibilityTable;
import nl.doorstroom.solver.domain.Sector;

/** The default compatibility table with a programme's compatibility.csv laid over it. */
final class CompatibilityReader {

    static final String FILE = "compatibility.csv";
    static final String REFERENCE = "nl/doorstroom/reference/compatibility.csv";
    static final Columns COLUMNS = Columns.of(List.of("employer_sector", "host_sector", "compatibility"), List.of());

    private CompatibilityReader() {
    }

    static CompatibilityTable read(ReadContext context) {
        CompatibilityTable table = new CompatibilityTable();
        Problems referenceProblems = new Problems();
        CsvTable.parse("reference/compatibility.csv", Organisations.reference(REFERENCE), COLUMNS, referenceProblems)
                .ifPresent(t -> load(t, table));
        referenceProblems.throwIfAny();
        context.table(FILE, COLUMNS, false).ifPresent(t -> load(t, table));
        return table;
    }

    private static void load(CsvTable csv, CompatibilityTable table) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (CsvRow row : csv.rows()) {
            Sector employer = row.enumValue("employer_sector", Sector.class, null);
            Sector host = row.enumValue("host_sector", Sector.class, null);
            Compatibility compatibility = row.enumValue("compatibility", Compatibility.class, null);
            if (employer == null || host == null || compatibility == null) {
                continue;
            }
            Integer first = firstLines.putIfAbsent(employer + "/" + host, row.line());
            if (first != null) {
                row.problem("host_sector", "duplicate pair " + employer + ", " + host + " (first on line " + first + ")");
                continue;
            }
            table.set(employer, host, compatibility);
        }
    }
}
