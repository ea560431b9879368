package nl.doorstroom.solver.input;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme's settings. Null fields were left out; the assembler fills in the defaults of data/README.md.
 * Field names: {@code name, first_period_start, period_count, rotation_months, max_commute_km,
 * layer_variety_target}.
 */
public record SettingsRecord(Origin origin, String name, LocalDate firstPeriodStart, Integer periodCount,
        Integer rotationMonths, Integer maxCommuteKm, Integer layerVarietyTarget, List<WeightRecord> weights) {

    public SettingsRecord {
        weights = List.copyOf(weights);
    }
}
