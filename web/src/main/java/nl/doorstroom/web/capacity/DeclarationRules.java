package nl.doorstroom.web.capacity;

import java.util.ArrayList;
import java.util.List;

import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.Problem;

/** The checks on the numbers of a declaration, each problem in words, all at once. */
final class DeclarationRules {

    static final int LOWEST_SCALE = 1;
    static final int HIGHEST_SCALE = 18;

    private final List<Problem> problems = new ArrayList<>();

    DeclarationRules numbers(Integer min, Integer max, Integer maxSalaryScale) {
        if (min == null) {
            problems.add(Problem.of("capacity.minRequired",
                    "min is required: the participants the host asks for at least, 0 or more"));
        } else if (min < 0) {
            problems.add(Problem.of("capacity.minNegative", "min must be 0 or more, was " + min, min));
        }
        if (max == null) {
            problems.add(Problem.of("capacity.maxRequired", "max is required: the participants the host can take at most"));
        } else if (min != null && max < min) {
            problems.add(Problem.of("capacity.maxBelowMin", "max " + max + " is below min " + min, max, min));
        }
        if (maxSalaryScale != null && (maxSalaryScale < LOWEST_SCALE || maxSalaryScale > HIGHEST_SCALE)) {
            problems.add(Problem.of("capacity.scaleOutOfRange", "max_salary_scale must be between " + LOWEST_SCALE
                    + " and " + HIGHEST_SCALE + ", or empty for no ceiling, was " + maxSalaryScale,
                    LOWEST_SCALE, HIGHEST_SCALE, maxSalaryScale));
        }
        return this;
    }

    DeclarationRules problem(Problem problem) {
        problems.add(problem);
        return this;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw BadRequestException.of(problems);
        }
    }

    static Problem duplicate(String hostCode, String periodId, String discipline) {
        return discipline.isEmpty()
                ? Problem.of("capacity.duplicateGeneral", hostCode + " in " + periodId
                        + " without a discipline is already declared; change that declaration instead", hostCode, periodId)
                : Problem.of("capacity.duplicateDiscipline", hostCode + " in " + periodId + " for discipline '"
                        + discipline + "' is already declared; change that declaration instead",
                        hostCode, periodId, discipline);
    }
}
