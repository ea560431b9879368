package nl.doorstroom.web.capacity;

import java.util.ArrayList;
import java.util.List;

import nl.doorstroom.web.system.BadRequestException;

/** The checks on the numbers of a declaration, each problem in words, all at once. */
final class DeclarationRules {

    static final int LOWEST_SCALE = 1;
    static final int HIGHEST_SCALE = 18;

    private final List<String> problems = new ArrayList<>();

    DeclarationRules numbers(Integer min, Integer max, Integer maxSalaryScale) {
        if (min == null) {
            problems.add("min is required: the participants the host asks for at least, 0 or more");
        } else if (min < 0) {
            problems.add("min must be 0 or more, was " + min);
        }
        if (max == null) {
            problems.add("max is required: the participants the host can take at most");
        } else if (min != null && max < min) {
            problems.add("max " + max + " is below min " + min);
        }
        if (maxSalaryScale != null && (maxSalaryScale < LOWEST_SCALE || maxSalaryScale > HIGHEST_SCALE)) {
            problems.add("max_salary_scale must be between " + LOWEST_SCALE + " and " + HIGHEST_SCALE
                    + ", or empty for no ceiling, was " + maxSalaryScale);
        }
        return this;
    }

    DeclarationRules problem(String problem) {
        problems.add(problem);
        return this;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }

    static String slot(String hostCode, String periodId, String discipline) {
        return hostCode + " in " + periodId + (discipline.isEmpty() ? " without a discipline"
                : " for discipline '" + discipline + "'");
    }
}
