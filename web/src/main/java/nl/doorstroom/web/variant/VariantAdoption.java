package nl.doorstroom.web.variant;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.PlanExplainer;
import nl.doorstroom.solver.input.PathOrigin;
import nl.doorstroom.solver.input.PlacementRecord;
import nl.doorstroom.solver.input.ProgrammeInput;
import nl.doorstroom.solver.input.SettingsRecord;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.capacity.CapacityRepository;
import nl.doorstroom.web.plan.PlacementRepository;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.Problem;

/**
 * A coordinator adopts a variant as the programme's draft: the variant's rules (maximum commute, layer-variety
 * target, weights), capacity, placements and pins become the draft's. The participants, their wishes and the
 * organisations stay the programme's own, so the draft's participants must still be the variant's. All or
 * nothing, audited on the programme, refused while either is being solved, and refused when the draft or the
 * variant changed since the coordinator read them.
 */
@Service
class VariantAdoption {

    /** The revisions of the draft and of the variant the coordinator read (from the variant or the comparison). */
    record Request(Long draftRevision, Long variantRevision) {
    }

    /** The draft after the adoption. */
    record Result(long programmeId, long variantId, String score, boolean usable, int placementsChanged,
            long draftRevision) {
    }

    private final Variants variants;
    private final ProgrammeStore store;
    private final CapacityRepository capacity;
    private final PlacementRepository placements;
    private final SolvingGuard solving;
    private final WorkingPlans plans;
    private final AuditLog audit;
    private final PlanExplainer explainer = new PlanExplainer();

    VariantAdoption(Variants variants, ProgrammeStore store, CapacityRepository capacity,
            PlacementRepository placements, SolvingGuard solving, WorkingPlans plans, AuditLog audit) {
        this.variants = variants;
        this.plans = plans;
        this.store = store;
        this.capacity = capacity;
        this.placements = placements;
        this.solving = solving;
        this.audit = audit;
    }

    @Transactional
    Result adopt(long programmeId, long variantId, Request request, String username) {
        VariantRepository.Variant variant = variants.variant(programmeId, variantId);
        if (request == null || request.draftRevision() == null || request.variantRevision() == null) {
            throw new BadRequestException(Problem.of("variant.revisionsRequired", "draftRevision and "
                    + "variantRevision are required: the revisions of the draft and of the variant you compared"));
        }
        // The programme first, then its variant: every adoption locks in this order, so two never wait on each other.
        solving.lockForChange(programmeId);
        solving.lockForChange(variantId);
        if (store.revision(programmeId).orElseThrow() != request.draftRevision()
                || store.revision(variantId).orElseThrow() != request.variantRevision()) {
            throw new ConflictException("stale-edit", Problem.of("variant.stale", "the draft or variant '"
                    + variant.name() + "' changed since you read them; nothing was adopted. Compare them again.",
                    variant.name()));
        }
        ProgrammeInput draft = store.input(programmeId);
        ProgrammeInput copy = store.input(variantId);
        requireSameParticipants(draft, copy, variant.name());

        String scoreBefore = plans.of(programmeId).read(scored -> scored.score().toString());
        Plan adopted = store.assemble(draft.withSettings(rulesOf(draft.settings(), copy.settings()))
                .withCapacity(copy.capacity()).withPlacements(copy.placements()));
        int changed = changedPlacements(draft.placements(), copy.placements());
        store.replaceRules(programmeId, adopted.getProgramme());
        capacity.replaceAll(programmeId, adopted.getCapacityDeclarations());
        placements.storeAll(programmeId, adopted.getPlacements());
        store.touch(programmeId);

        String scoreAfter = explainer.explain(adopted).score().toString();
        audit.record(username, "variant.adopt", programmeId, Variants.subject(variantId, variant.name()),
                "draft at revision " + request.draftRevision() + ": score " + scoreBefore,
                "variant '" + variant.name() + "' at revision " + request.variantRevision() + " adopted: score "
                        + scoreAfter + ", " + changed + " placement(s) changed, weights "
                        + adopted.getProgramme().getWeightOverrides() + ", "
                        + adopted.getCapacityDeclarations().size() + " capacity declarations");
        return new Result(programmeId, variantId, scoreAfter, adopted.getScore().hardScore() == 0, changed,
                store.revision(programmeId).orElseThrow());
    }

    /** The draft's name and periods with the variant's rules. */
    private static SettingsRecord rulesOf(SettingsRecord draft, SettingsRecord variant) {
        return new SettingsRecord(PathOrigin.of("variant"), draft.name(), draft.firstPeriodStart(),
                draft.periodCount(), draft.rotationMonths(), variant.maxCommuteKm(), variant.layerVarietyTarget(),
                variant.weights());
    }

    /**
     * A participant added to or removed from the draft after the copy was made (or planned in other periods) has
     * no place in the variant's plan: adopting it would lose them or their placements.
     */
    private static void requireSameParticipants(ProgrammeInput draft, ProgrammeInput copy, String name) {
        Set<String> inDraft = keys(draft.placements());
        Set<String> inVariant = keys(copy.placements());
        if (!inDraft.equals(inVariant)) {
            Set<String> differ = new TreeSet<>(inDraft);
            differ.addAll(inVariant);
            differ.removeIf(key -> inDraft.contains(key) && inVariant.contains(key));
            String which = String.join(", ", differ.stream().limit(5).toList());
            throw new ConflictException("variant-diverged", Problem.of("variant.diverged", "the draft's "
                    + "participants or their periods changed since variant '" + name + "' was made (" + which
                    + "); nothing was adopted. Make a new variant of the draft.", name, which));
        }
    }

    private static Set<String> keys(List<PlacementRecord> records) {
        return records.stream().map(r -> r.participant() + "@" + r.period()).collect(Collectors.toSet());
    }

    private static int changedPlacements(List<PlacementRecord> draft, List<PlacementRecord> copy) {
        Map<String, PlacementRecord> byKey = copy.stream()
                .collect(Collectors.toMap(r -> r.participant() + "@" + r.period(), Function.identity()));
        return (int) draft.stream().filter(r -> {
            PlacementRecord other = byKey.get(r.participant() + "@" + r.period());
            return !Objects.equals(r.host(), other.host()) || r.pinned() != other.pinned();
        }).count();
    }
}
