package nl.doorstroom.solver.io;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import nl.doorstroom.solver.constraints.RuleNames;

/** programme.csv: one setting per row, checked and with the README's defaults filled in. */
record Settings(String name, LocalDate firstPeriodStart, int periodCount, int rotationMonths, int maxCommuteKm,
        int layerVarietyTarget, Map<String, HardMediumSoftLongScore> weights) {

    static final String FILE = "programme.csv";
    static final Columns COLUMNS = Columns.of(List.of("setting", "value"), List.of());
    static final String WEIGHT_PREFIX = "weight.";
    static final int MAX_PERIODS = 100;
    private static final List<String> NAMES = List.of("name", "first_period_start", "period_count",
            "rotation_months", "max_commute_km", "layer_variety_target");

    /** The settings, or empty when any is wrong or missing (reported). */
    static Optional<Settings> read(ReadContext context) {
        Optional<CsvTable> table = context.table(FILE, COLUMNS, true);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CsvRow> rows = new HashMap<>();
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        boolean ok = true;
        for (CsvRow row : table.get().rows()) {
            String setting = row.text("setting");
            String key = setting.toLowerCase(Locale.ROOT);
            if (key.startsWith(WEIGHT_PREFIX)) {
                key = WEIGHT_PREFIX + setting.substring(WEIGHT_PREFIX.length()).trim();
            }
            if (rows.containsKey(key)) {
                row.problem("value", "setting '" + setting + "' appears twice (first on line "
                        + rows.get(key).line() + ")");
                ok = false;
                continue;
            }
            rows.put(key, row);
            row.label("value", setting);
            if (key.startsWith(WEIGHT_PREFIX)) {
                ok &= readWeight(row, key.substring(WEIGHT_PREFIX.length()), weights);
            } else if (!NAMES.contains(key)) {
                row.problem("value", "unknown setting '" + setting + "': expected one of "
                        + String.join(", ", NAMES) + " or weight.<rule name>");
                ok = false;
            }
        }
        String file = table.get().file();
        String name = required(rows, "name", "the programme name", context, file);
        LocalDate start = rows.containsKey("first_period_start") ? rows.get("first_period_start").date("value") : null;
        Integer count = requiredInteger(rows, "period_count", 1, MAX_PERIODS, context, file);
        Integer rotation = integer(rows, "rotation_months", 1, 24, 6);
        Integer maxCommute = integer(rows, "max_commute_km", 0, Integer.MAX_VALUE, 60);
        Integer layers = integer(rows, "layer_variety_target", 0, Integer.MAX_VALUE, 3);
        if (start == null && !rows.containsKey("first_period_start")) {
            context.problems.fileProblem(file, "missing setting 'first_period_start': expected the first day of the "
                    + "first period, such as 2027-01-01");
        }
        if (!ok || name == null || start == null || count == null || rotation == null || maxCommute == null
                || layers == null) {
            return Optional.empty();
        }
        return Optional.of(new Settings(name, start, count, rotation, maxCommute, layers, weights));
    }

    private static boolean readWeight(CsvRow row, String rule, Map<String, HardMediumSoftLongScore> weights) {
        if (!RuleNames.ALL.contains(rule)) {
            row.problem("value", "unknown rule '" + rule + "' in weight." + rule + ": expected one of "
                    + String.join(", ", RuleNames.ALL));
            return false;
        }
        String value = row.text("value");
        try {
            weights.put(rule, HardMediumSoftLongScore.parseScore(value));
            return true;
        } catch (RuntimeException e) {
            row.problem("value", "weight '" + value + "' is not a score: expected Nhard/Nmedium/Nsoft, "
                    + "such as 0hard/0medium/2soft");
            return false;
        }
    }

    private static String required(Map<String, CsvRow> rows, String setting, String expected, ReadContext context,
            String file) {
        CsvRow row = rows.get(setting);
        if (row == null) {
            context.problems.fileProblem(file, "missing setting '" + setting + "': expected " + expected);
            return null;
        }
        return row.required("value", expected);
    }

    private static Integer requiredInteger(Map<String, CsvRow> rows, String setting, int min, int max,
            ReadContext context, String file) {
        CsvRow row = rows.get(setting);
        if (row == null) {
            context.problems.fileProblem(file, "missing setting '" + setting + "': expected a whole number from "
                    + min + " to " + max);
            return null;
        }
        return row.requiredInteger("value", min, max);
    }

    private static Integer integer(Map<String, CsvRow> rows, String setting, int min, int max, int whenMissing) {
        CsvRow row = rows.get(setting);
        return row == null ? Integer.valueOf(whenMissing) : row.integer("value", min, max, whenMissing);
    }
}
