package nl.doorstroom.solver.input;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import nl.doorstroom.solver.constraints.RuleNames;

/** A programme's settings checked, with the defaults of data/README.md filled in. */
record SettingsCheck(String name, LocalDate firstPeriodStart, int periodCount, int rotationMonths, int maxCommuteKm,
        int layerVarietyTarget, Map<String, HardMediumSoftLongScore> weights) {

    /** The settings, or null when any is wrong or missing (reported). */
    static SettingsCheck of(SettingsRecord record, Fields fields, Problems problems) {
        Origin origin = record.origin();
        String name = required(origin, "name", record.name(), Text.of("expect.programmeName"), fields, problems);
        LocalDate start = record.firstPeriodStart();
        if (start == null && !origin.isUnreadable("first_period_start")) {
            if (origin.isGiven("first_period_start")) {
                problems.at(origin, "first_period_start", "value.empty", origin.label("first_period_start"),
                        Text.of("expect.date"));
            } else {
                problems.at(origin, "first_period_start", "setting.missing", origin.label("first_period_start"),
                        Text.of("expect.firstDay"));
            }
        }
        Integer count = requiredNumber(origin, "period_count", record.periodCount(), Limits.PERIOD_COUNT, fields,
                problems);
        Integer rotation = number(origin, "rotation_months", record.rotationMonths(), Limits.ROTATION_MONTHS,
                Limits.DEFAULT_ROTATION_MONTHS, fields);
        Integer maxCommute = number(origin, "max_commute_km", record.maxCommuteKm(), Limits.COMMUTE_KM,
                Limits.DEFAULT_MAX_COMMUTE_KM, fields);
        Integer layers = number(origin, "layer_variety_target", record.layerVarietyTarget(), Limits.LAYER_VARIETY,
                Limits.DEFAULT_LAYER_VARIETY, fields);
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        boolean weightsOk = true;
        for (WeightRecord weight : record.weights()) {
            String rule = RuleNames.ALL.contains(weight.rule().strip()) ? weight.rule().strip() : null;
            if (rule == null) {
                problems.at(weight.origin(), "weight", "weight.unknownRule", weight.rule(),
                        String.join(", ", RuleNames.ALL));
                weightsOk = false;
            } else if (weight.weight() != null) {
                weights.put(rule, weight.weight());
            } else {
                weightsOk = false; // not a score: reported by the reader
            }
        }
        if (name == null || start == null || count == null || rotation == null || maxCommute == null || layers == null
                || !weightsOk || origin.hasUnreadable()) {
            return null;
        }
        return new SettingsCheck(name, start, count, rotation, maxCommute, layers, weights);
    }

    private static String required(Origin origin, String field, String value, Text expected, Fields fields,
            Problems problems) {
        if (!origin.isGiven(field)) {
            problems.at(origin, field, "setting.missing", origin.label(field), expected);
            return null;
        }
        return fields.name(origin, field, value, expected);
    }

    private static Integer requiredNumber(Origin origin, String field, Integer value, Range range, Fields fields,
            Problems problems) {
        if (!origin.isGiven(field)) {
            problems.at(origin, field, "setting.missing", origin.label(field), range.expected());
            return null;
        }
        return fields.required(origin, field, value, range);
    }

    /** The default when the setting is left out (or given empty); null after reporting it outside its range. */
    private static Integer number(Origin origin, String field, Integer value, Range range, int whenMissing,
            Fields fields) {
        if (origin.isUnreadable(field)) {
            return null;
        }
        return value == null ? Integer.valueOf(whenMissing) : fields.optional(origin, field, value, range);
    }

    Periods periods() {
        return Periods.generate(firstPeriodStart, periodCount, rotationMonths);
    }
}
