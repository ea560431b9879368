package nl.doorstroom.solver.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Period;

/** capacity.csv: what each host can take in each period. */
final class CapacityReader {

    static final String FILE = "capacity.csv";
    static final Columns COLUMNS = Columns.of(List.of("host", "period", "min", "max"),
            List.of("discipline", "max_salary_scale"));

    private CapacityReader() {
    }

    static List<CapacityDeclaration> read(ReadContext context, Organisations organisations, Periods periods) {
        List<CapacityDeclaration> declarations = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        context.table(FILE, COLUMNS, true).ifPresent(table -> {
            for (CsvRow row : table.rows()) {
                CapacityDeclaration declaration = declaration(row, organisations, periods, firstLines);
                if (declaration != null) {
                    declarations.add(declaration);
                }
            }
        });
        return declarations;
    }

    private static CapacityDeclaration declaration(CsvRow row, Organisations organisations, Periods periods,
            Map<String, Integer> firstLines) {
        String code = row.required("host", "a host organisation code");
        Organisation host = code == null ? null : organisations.find(row, "host", code);
        String periodId = row.required("period", "a period of the programme");
        Period period = periodId == null ? null : periods.find(row, "period", periodId);
        String discipline = row.text("discipline");
        Integer min = row.requiredInteger("min", 0, Integer.MAX_VALUE);
        Integer max = row.requiredInteger("max", 0, Integer.MAX_VALUE);
        Integer maxScale = row.integer("max_salary_scale", 1, 18, null);
        boolean maxScaleOk = row.isEmpty("max_salary_scale") || maxScale != null;
        if (min != null && max != null && min > max) {
            row.problem("max", "min " + min + " is above max " + max);
            return null;
        }
        if (host != null && period != null) {
            Integer first = firstLines.putIfAbsent(host.getCode() + "/" + period.getId() + "/" + discipline,
                    row.line());
            if (first != null) {
                row.problem(discipline.isEmpty() ? "period" : "discipline", "duplicate capacity for " + host.getCode()
                        + " in " + period.getId() + (discipline.isEmpty() ? " without discipline" : " for discipline '"
                                + discipline + "'") + " (first on line " + first + ")");
                return null;
            }
        }
        if (host == null || period == null || min == null || max == null || !maxScaleOk) {
            return null;
        }
        return new CapacityDeclaration(host, period, discipline, min, max, maxScale);
    }
}
