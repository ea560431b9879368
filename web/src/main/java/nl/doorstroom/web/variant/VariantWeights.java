package nl.doorstroom.web.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.input.PathOrigin;
import nl.doorstroom.solver.input.ProgrammeInput;
import nl.doorstroom.solver.input.SettingsRecord;
import nl.doorstroom.solver.input.WeightRecord;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.Problem;

/**
 * A coordinator gives the rules of a variant other weights, to see what the plan would be if, say, wishes
 * counted more. The weights are checked with the whole variant by the programme's rules, as a programme file's
 * weights are; the programme's draft keeps its own until the variant is adopted.
 */
@Service
class VariantWeights {

    /**
     * @param version the version of the variant's rules that was read
     * @param weights the weight of each rule that should not weigh as usual, by rule name, as a score such as
     *            {@code 0hard/0medium/2soft}; rules left out or left blank weigh as usual
     */
    record Change(Integer version, Map<String, String> weights) {
    }

    private final Variants variants;
    private final ProgrammeStore store;
    private final SolvingGuard solving;
    private final AuditLog audit;

    VariantWeights(Variants variants, ProgrammeStore store, SolvingGuard solving, AuditLog audit) {
        this.variants = variants;
        this.store = store;
        this.solving = solving;
        this.audit = audit;
    }

    @Transactional
    void change(long programmeId, long variantId, Change change, String username) {
        variants.variant(programmeId, variantId);
        if (change.version() == null) {
            throw new BadRequestException(Problem.of("variant.versionRequired",
                    "version is required: the version of the variant you read"));
        }
        solving.lockForChange(variantId);
        VariantRepository.Variant variant = variants.variant(programmeId, variantId); // as of the lock
        if (variant.version() != change.version()) {
            throw new ConflictException("stale-edit", Problem.of("variant.staleWeights", "someone changed the rules "
                    + "of variant '" + variant.name() + "' since you read them; nothing was overwritten. Reload and "
                    + "try again.", variant.name()));
        }
        List<WeightRecord> weights = weights(change.weights());
        ProgrammeInput input = store.input(variantId);
        SettingsRecord s = input.settings();
        Programme programme = store.assemble(input.withSettings(new SettingsRecord(s.origin(), s.name(),
                s.firstPeriodStart(), s.periodCount(), s.rotationMonths(), s.maxCommuteKm(), s.layerVarietyTarget(),
                weights))).getProgramme();
        store.replaceRules(variantId, programme);
        audit.record(username, "variant.weights", variantId, Variants.subject(variantId, variant.name()),
                text(s.weights()), text(weights));
    }

    /** Every weight that is not a score is named at once; unknown rules are left to the programme's rules. */
    private static List<WeightRecord> weights(Map<String, String> asked) {
        List<WeightRecord> weights = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new TreeMap<>(asked == null ? Map.<String, String>of() : asked).forEach((rule, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                weights.add(new WeightRecord(PathOrigin.of("weights[" + rule + "]"), rule,
                        HardMediumSoftLongScore.parseScore(value.strip())));
            } catch (RuntimeException e) {
                problems.add(Problem.of("variant.weightNotAScore", "the weight of '" + rule + "' is '" + value
                        + "', not a score such as 0hard/0medium/2soft", rule, value));
            }
        });
        if (!problems.isEmpty()) {
            throw BadRequestException.of(problems);
        }
        return weights;
    }

    private static String text(List<WeightRecord> weights) {
        return weights.isEmpty() ? "every rule weighs as usual"
                : String.join(", ", weights.stream().map(w -> w.rule() + " " + w.weight()).toList());
    }
}
