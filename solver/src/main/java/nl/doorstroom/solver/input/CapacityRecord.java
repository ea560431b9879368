package nl.doorstroom.solver.input;

/**
 * A capacity declaration; fields {@code host, period, discipline, min, max, max_salary_scale}. A blank discipline
 * is a slot for any discipline; a null ceiling is no ceiling.
 */
public record CapacityRecord(Origin origin, String host, String period, String discipline, Integer min, Integer max,
        Integer maxSalaryScale) {
}
