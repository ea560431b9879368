package nl.doorstroom.solver.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.doorstroom.solver.input.Origin;
import nl.doorstroom.solver.input.Limits;
import nl.doorstroom.solver.input.ProgrammeFiles;
import nl.doorstroom.solver.input.SettingsRecord;
import nl.doorstroom.solver.input.Text;
import nl.doorstroom.solver.input.WeightRecord;
import nl.doorstroom.solver.input.Where;

/** programme.csv: one setting per row, read into the programme's settings record. */
final class SettingsCsv {

    static final Columns COLUMNS = Columns.of(List.of("setting", "value"), List.of());
    static final String WEIGHT_PREFIX = "weight.";
    static final List<String> NAMES = List.of("name", "first_period_start", "period_count", "rotation_months",
            "max_commute_km", "layer_variety_target");

    private SettingsCsv() {
    }

    /** The settings record, or null when programme.csv is missing or unusable (reported). */
    static SettingsRecord read(ReadContext context) {
        Optional<CsvTable> table = context.table(ProgrammeFiles.PROGRAMME, COLUMNS, true);
        if (table.isEmpty()) {
            return null;
        }
        Map<String, CsvRow> rows = new HashMap<>();
        List<WeightRecord> weights = new ArrayList<>();
        for (CsvRow row : table.get().rows()) {
            String setting = CsvText.strip(row.text("setting"));
            String key = setting.toLowerCase(Locale.ROOT);
            if (key.startsWith(WEIGHT_PREFIX)) {
                key = WEIGHT_PREFIX + setting.substring(WEIGHT_PREFIX.length()).trim();
            }
            if (rows.containsKey(key)) {
                context.problems.add(row.at("value"), "setting.twice", setting, Text.of("first.line",
                        rows.get(key).line()));
                continue;
            }
            rows.put(key, row);
            row.label("value", setting);
            if (key.startsWith(WEIGHT_PREFIX)) {
                row.label("weight", setting);
                weights.add(new WeightRecord(weightOrigin(row), key.substring(WEIGHT_PREFIX.length()),
                        row.score("value")));
            } else if (!NAMES.contains(key)) {
                context.problems.add(row.at("value"), "setting.unknown", setting, String.join(", ", NAMES));
            }
        }
        SettingsOrigin origin = new SettingsOrigin(rows);
        LocalDate start = rows.containsKey("first_period_start") ? rows.get("first_period_start").date("value") : null;
        return new SettingsRecord(origin, text(rows, "name"), start,
                integer(rows, "period_count", Limits.PERIOD_COUNT.expected()),
                integer(rows, "rotation_months", Limits.ROTATION_MONTHS.expected()),
                integer(rows, "max_commute_km", Limits.COMMUTE_KM.expected()),
                integer(rows, "layer_variety_target", Limits.LAYER_VARIETY.expected()), weights);
    }

    private static String text(Map<String, CsvRow> rows, String setting) {
        CsvRow row = rows.get(setting);
        return row == null ? null : row.textOrNull("value");
    }

    private static Integer integer(Map<String, CsvRow> rows, String setting, Text expected) {
        CsvRow row = rows.get(setting);
        return row == null ? null : row.integer("value", expected);
    }

    /** A weight's value is its field "weight". */
    private static Origin weightOrigin(CsvRow row) {
        Origin origin = row.origin();
        return new Origin() {
            @Override
            public Where at(String field) {
                return origin.at("value");
            }

            @Override
            public String label(String field) {
                return origin.label("value");
            }

            @Override
            public boolean isUnreadable(String field) {
                return origin.isUnreadable("value");
            }

            @Override
            public boolean hasUnreadable() {
                return origin.hasUnreadable();
            }

            @Override
            public Text firstMention() {
                return origin.firstMention();
            }
        };
    }

    /** Each setting is the value of its own row; a setting without a row is about the file as a whole. */
    private record SettingsOrigin(Map<String, CsvRow> rows) implements Origin {

        @Override
        public Where at(String field) {
            CsvRow row = rows.get(field);
            return row == null ? Where.file(ProgrammeFiles.PROGRAMME) : row.at("value");
        }

        @Override
        public boolean isGiven(String field) {
            return rows.containsKey(field);
        }

        @Override
        public boolean isUnreadable(String field) {
            CsvRow row = rows.get(field);
            return row != null && row.origin().isUnreadable("value");
        }

        @Override
        public boolean hasUnreadable() {
            return NAMES.stream().anyMatch(this::isUnreadable);
        }

        @Override
        public Text firstMention() {
            return Text.of("first.line", 0);
        }
    }
}
