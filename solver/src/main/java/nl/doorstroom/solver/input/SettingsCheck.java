package nl.doorstroom.solver.input;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A programme's settings checked, with the defaults of data/README.md filled in. A wrong setting does not hide
 * what the others make known: the periods are worked out as far as the start, the number of periods and the
 * rotation allow, so period ids elsewhere are checked in the same pass.
 */
final class SettingsCheck {

    private final String name;
    private final LocalDate firstPeriodStart;
    private final Integer periodCount;
    private final Integer rotationMonths;
    private final Integer maxCommuteKm;
    private final Integer layerVarietyTarget;
    private final Map<String, HardMediumSoftLongScore> weights;
    private final boolean valid;

    private SettingsCheck(String name, LocalDate firstPeriodStart, Integer periodCount, Integer rotationMonths,
            Integer maxCommuteKm, Integer layerVarietyTarget, Map<String, HardMediumSoftLongScore> weights,
            boolean valid) {
        this.name = name;
        this.firstPeriodStart = firstPeriodStart;
        this.periodCount = periodCount;
        this.rotationMonths = rotationMonths;
        this.maxCommuteKm = maxCommuteKm;
        this.layerVarietyTarget = layerVarietyTarget;
        this.weights = weights;
        this.valid = valid;
    }

    /** The settings as far as they are right; {@link #isValid()} is false when any is wrong or missing (reported). */
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
        boolean weightsOk = weights(record, weights, problems);
        boolean valid = name != null && start != null && count != null && rotation != null && maxCommute != null
                && layers != null && weightsOk && !origin.hasUnreadable();
        return new SettingsCheck(name, start, count, rotation, maxCommute, layers, weights, valid);
    }

    /** A weight names its rule by key or by title in either language (RuleKeys); each rule at most once. */
    private static boolean weights(SettingsRecord record, Map<String, HardMediumSoftLongScore> weights,
            Problems problems) {
        boolean ok = true;
        Map<String, Origin> firsts = new HashMap<>();
        for (WeightRecord weight : record.weights()) {
            String rule = RuleKeys.rule(weight.rule());
            if (rule == null) {
                problems.at(weight.origin(), "weight", "weight.unknownRule", weight.rule(), RuleKeys.expected());
                ok = false;
                continue;
            }
            Origin first = firsts.putIfAbsent(rule, weight.origin());
            if (first != null) {
                problems.at(weight.origin(), "weight", "weight.twice", weight.rule(), rule, first.firstMention());
                ok = false;
            } else if (weight.weight() != null) {
                weights.put(rule, weight.weight());
            } else {
                ok = false; // not a score: reported by the reader
            }
        }
        return ok;
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

    boolean isValid() {
        return valid;
    }

    /** The periods, or as much of them as the settings that are right tell. */
    Periods periods() {
        if (firstPeriodStart != null && rotationMonths != null) {
            return periodCount != null ? Periods.generate(firstPeriodStart, periodCount, rotationMonths)
                    : Periods.from(firstPeriodStart, rotationMonths);
        }
        return Periods.unknown();
    }

    String name() {
        return name;
    }

    int rotationMonths() {
        return rotationMonths;
    }

    int maxCommuteKm() {
        return maxCommuteKm;
    }

    int layerVarietyTarget() {
        return layerVarietyTarget;
    }

    Map<String, HardMediumSoftLongScore> weights() {
        return weights;
    }
}
