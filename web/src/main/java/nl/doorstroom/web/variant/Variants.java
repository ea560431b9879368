package nl.doorstroom.web.variant;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.solving.SolvingState;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.Problem;

/**
 * A coordinator copies a programme's draft into a named what-if variant, looks at its variants and deletes one.
 * The copy is a programme of its own, so capacity edits, moves, pins and solving work on it through its id and
 * leave the draft alone. Creating and deleting are audited on the programme.
 */
@Service
class Variants {

    static final int NAME_MAX_LENGTH = 80;

    /**
     * A variant as the API shows it.
     *
     * @param revision the variant's revision and {@code draftRevision} its programme's: an adoption names both
     * @param version the version of the variant's rules, which a change of its weights names
     * @param weights the rules whose weight differs from the usual one, by rule name
     */
    record VariantView(long id, long programmeId, String name, OffsetDateTime createdAt, String createdBy,
            long revision, long draftRevision, int version, String score, boolean usable, boolean solving,
            Map<String, String> weights) {
    }

    private final VariantRepository repository;
    private final ProgrammeStore store;
    private final WorkingPlans plans;
    private final SolvingState solving;
    private final AuditLog audit;

    Variants(VariantRepository repository, ProgrammeStore store, WorkingPlans plans, SolvingState solving,
            AuditLog audit) {
        this.repository = repository;
        this.store = store;
        this.plans = plans;
        this.solving = solving;
        this.audit = audit;
    }

    /** The programme's variants, oldest first. */
    List<VariantView> of(long programmeId) {
        requireProgramme(programmeId);
        return repository.of(programmeId).stream().map(this::view).toList();
    }

    VariantView get(long programmeId, long variantId) {
        return view(variant(programmeId, variantId));
    }

    /**
     * Copies the programme's draft as it is stored (the best plan so far while it is being solved) into a new
     * variant; returns the variant's id.
     */
    @Transactional
    long create(long programmeId, String name, String username) {
        requireProgramme(programmeId);
        String checked = checkedName(name);
        store.lock(programmeId); // copies of one programme take turns, so the name check holds
        if (repository.nameTaken(programmeId, checked)) {
            throw nameTaken(checked);
        }
        long revision = store.revision(programmeId).orElseThrow();
        Plan plan = store.load(programmeId);
        long id;
        try {
            id = store.insertVariant(programmeId, checked, username, plan);
        } catch (DuplicateKeyException e) {
            throw nameTaken(checked);
        }
        audit.record(username, "variant.create", programmeId, subject(id, checked), null,
                "copy of the draft at revision " + revision + ": " + plan.getParticipants().size() + " participants, "
                        + plan.getPlacements().stream().filter(Placement::isAssigned).count() + " of "
                        + plan.getPlacements().size() + " placements placed ("
                        + plan.getPlacements().stream().filter(Placement::isPinned).count() + " pinned), "
                        + plan.getCapacityDeclarations().size() + " capacity declarations");
        return id;
    }

    /** Deletes the variant with everything in it; a job solving it ends at its next write, as for a programme. */
    @Transactional
    void delete(long programmeId, long variantId, String username) {
        VariantRepository.Variant variant = variant(programmeId, variantId);
        store.lock(programmeId);
        store.delete(variantId);
        audit.record(username, "variant.delete", programmeId, subject(variantId, variant.name()),
                "variant '" + variant.name() + "' made by " + variant.createdBy() + " at " + variant.createdAt()
                        + ", revision " + variant.revision(), null);
    }

    /** The programme's variant, or 404. */
    VariantRepository.Variant variant(long programmeId, long variantId) {
        requireProgramme(programmeId);
        return repository.find(programmeId, variantId).orElseThrow(() -> new NotFoundException(
                "programme " + programmeId + " has no variant " + variantId));
    }

    /** A programme that may have variants: one that exists and is no variant itself. */
    void requireProgramme(long programmeId) {
        if (!store.exists(programmeId)) {
            throw new NotFoundException("no programme " + programmeId);
        }
        store.variantOf(programmeId).ifPresent(parent -> {
            throw new NotFoundException("programme " + programmeId + " is a what-if variant of programme " + parent
                    + "; variants are made of programme " + parent + " only");
        });
    }

    static String subject(long variantId, String name) {
        return "variant " + variantId + " '" + name + "'";
    }

    private VariantView view(VariantRepository.Variant variant) {
        long draftRevision = store.revision(variant.programmeId()).orElseThrow();
        record Scored(String score, boolean usable, Map<String, String> weights) {
        }
        Scored scored = plans.of(variant.id()).read(s -> {
            Map<String, String> weights = new TreeMap<>();
            s.plan().getProgramme().getWeightOverrides()
                    .forEach((rule, weight) -> weights.put(rule, weight.toString()));
            return new Scored(s.score().toString(), s.score().hardScore() == 0, weights);
        });
        return new VariantView(variant.id(), variant.programmeId(), variant.name(), variant.createdAt(),
                variant.createdBy(), variant.revision(), draftRevision, variant.version(), scored.score(),
                scored.usable(), solving.isSolving(variant.id()), scored.weights());
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new BadRequestException(Problem.of("variant.nameRequired",
                    "name is required: a short name for the variant, such as 'one more place at Oss'"));
        }
        if (trimmed.length() > NAME_MAX_LENGTH) {
            throw new BadRequestException(Problem.of("variant.nameTooLong", "the name has " + trimmed.length()
                    + " characters; at most " + NAME_MAX_LENGTH + " fit", trimmed.length(), NAME_MAX_LENGTH));
        }
        return trimmed;
    }

    private static BadRequestException nameTaken(String name) {
        return new BadRequestException(Problem.of("variant.nameTaken",
                "the programme already has a variant named '" + name + "'; choose another name", name));
    }
}
