package nl.doorstroom.web.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.input.CapacityRecord;
import nl.doorstroom.solver.input.PathOrigin;
import nl.doorstroom.solver.input.ProgrammeInput;
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.Problem;

/**
 * Hosts and coordinators declare capacity. A host only ever reaches its own declarations: another host's
 * answers as if it did not exist. A change is checked with the whole programme by the programme's rules before
 * anything is stored; a change that breaks one stores nothing and answers with every problem at its field.
 */
@Service
class CapacityChanges {

    /** {@code host} is the coordinator's choice; a host declares for its own organisation and may leave it out. */
    record NewDeclaration(String host, String period, String discipline, Integer min, Integer max,
            Integer maxSalaryScale) {
    }

    /** Replaces discipline, min, max and ceiling of the declaration read at {@code version}. */
    record Change(Integer version, String discipline, Integer min, Integer max, Integer maxSalaryScale) {
    }

    private final CapacityRepository repository;
    private final ProgrammeQueries programmes;
    private final ProgrammeStore store;
    private final AuditLog audit;
    private final SolvingGuard solving;
    private final ApplicationEventPublisher events;

    CapacityChanges(CapacityRepository repository, ProgrammeQueries programmes, ProgrammeStore store,
            AuditLog audit, SolvingGuard solving, ApplicationEventPublisher events) {
        this.repository = repository;
        this.programmes = programmes;
        this.store = store;
        this.audit = audit;
        this.solving = solving;
        this.events = events;
    }

    /** The declarations of a programme the user may see; 404 for a programme the user may not see. */
    List<CapacityRepository.DeclarationView> of(long programmeId, CurrentUser user) {
        if (user.isCoordinator() && store.exists(programmeId)) {
            return repository.list(programmeId, null);
        }
        if (user.organisationCode() != null && programmes.canSee(user, programmeId)) {
            return repository.list(programmeId, user.organisationCode());
        }
        throw new NotFoundException("no programme " + programmeId);
    }

    @Transactional
    CapacityRepository.DeclarationView create(long programmeId, NewDeclaration declaration, CurrentUser user) {
        of(programmeId, user); // 404 when the programme is not the user's to see
        solving.lockForChange(programmeId);
        String host = hostFor(declaration.host(), user);
        if (!user.isCoordinator() && host != null && !host.equalsIgnoreCase(user.organisationCode())) {
            throw new BadRequestException(Problem.of("capacity.notYourOrganisation", "host " + host
                    + " is not your organisation; you declare capacity for " + user.organisationCode() + " only",
                    host, user.organisationCode()));
        }
        CapacityRecord added = new CapacityRecord(PathOrigin.BODY, host, declaration.period(),
                declaration.discipline(), declaration.min(), declaration.max(), declaration.maxSalaryScale());
        ProgrammeInput input = store.input(programmeId);
        List<CapacityRecord> all = new ArrayList<>(input.capacity());
        all.add(added);
        CapacityDeclaration declared = declarationOf(store.assemble(input.withCapacity(all)), added);
        long id = repository.insert(programmeId, declared);
        return stored("capacity.create", programmeId, id, null, user);
    }

    @Transactional
    CapacityRepository.DeclarationView change(long programmeId, long id, Change change, CurrentUser user) {
        CapacityRepository.DeclarationView before = visible(programmeId, id, user);
        solving.lockForChange(programmeId);
        if (change.version() == null) {
            throw new BadRequestException(Problem.of("capacity.versionRequired",
                    "version is required: the version of the declaration you read"));
        }
        if (change.version() != before.version()) {
            throw ConflictException.staleEdit("capacity declaration " + id);
        }
        CapacityRecord changed = new CapacityRecord(PathOrigin.BODY, before.hostCode(), before.periodId(),
                change.discipline(), change.min(), change.max(), change.maxSalaryScale());
        Map<Long, CapacityRecord> records = repository.records(programmeId);
        records.put(id, changed);
        CapacityDeclaration declared = declarationOf(
                store.assemble(store.input(programmeId).withCapacity(List.copyOf(records.values()))), changed);
        if (!repository.update(id, change.version(), declared)) {
            throw ConflictException.staleEdit("capacity declaration " + id);
        }
        return stored("capacity.change", programmeId, id, before, user);
    }

    @Transactional
    void delete(long programmeId, long id, int version, CurrentUser user) {
        CapacityRepository.DeclarationView before = visible(programmeId, id, user);
        solving.lockForChange(programmeId);
        Map<Long, CapacityRecord> records = repository.records(programmeId);
        records.remove(id);
        Plan without = store.assemble(store.input(programmeId).withCapacity(List.copyOf(records.values())));
        List<String> stranded = placementsWithoutCapacity(without);
        if (!stranded.isEmpty()) {
            throw new BadRequestException(stranded);
        }
        if (!repository.delete(id, version)) {
            throw ConflictException.staleEdit("capacity declaration " + id);
        }
        store.touch(programmeId);
        audit.record(user.getUsername(), "capacity.delete", programmeId, AuditLog.About.hosts(before.hostCode()),
                subject(before), before.toString(), null);
        toldIfCoordinator(programmeId, before, null, user);
    }

    /**
     * Draft placements at a host that declares no capacity in their period, in words. The planner only places
     * where capacity was declared, so such a placement must be moved before the capacity goes.
     */
    private static List<String> placementsWithoutCapacity(Plan plan) {
        List<String> stranded = new ArrayList<>();
        for (Placement p : plan.getPlacements()) {
            if (p.getHost() != null && plan.getCapacityDeclarations().stream()
                    .noneMatch(c -> c.getHost().equals(p.getHost()) && c.getPeriod().equals(p.getPeriod()))) {
                stranded.add("the draft places " + p.getParticipant().getId() + " at " + p.getHost().getCode()
                        + " in " + p.getPeriod().getId() + ", which needs a capacity declaration of "
                        + p.getHost().getCode() + " in that period; move the placement first");
            }
        }
        return stranded;
    }

    /** The checked declaration that came from the record. */
    private static CapacityDeclaration declarationOf(Plan plan, CapacityRecord record) {
        return plan.getCapacityDeclarations().stream()
                .filter(c -> c.getHost().getCode().equalsIgnoreCase(record.host().strip())
                        && c.getPeriod().getId().equalsIgnoreCase(record.period().strip())
                        && c.getDiscipline().equals(record.discipline() == null ? "" : record.discipline().strip()))
                .findFirst().orElseThrow();
    }

    private CapacityRepository.DeclarationView stored(String action, long programmeId, long id,
            CapacityRepository.DeclarationView before, CurrentUser user) {
        store.touch(programmeId);
        CapacityRepository.DeclarationView after = repository.find(programmeId, id).orElseThrow();
        audit.record(user.getUsername(), action, programmeId, AuditLog.About.hosts(after.hostCode()), subject(after), before == null ? null : before.toString(),
                after.toString());
        toldIfCoordinator(programmeId, before, after, user);
        return after;
    }

    /**
     * A host asking for another host's declaration, or its own in a programme it may not see (a what-if variant),
     * gets the answer for one that does not exist.
     */
    private CapacityRepository.DeclarationView visible(long programmeId, long id, CurrentUser user) {
        return repository.find(programmeId, id)
                .filter(d -> user.isCoordinator()
                        || user.isHostOf(d.hostCode()) && programmes.canSee(user, programmeId))
                .orElseThrow(() -> new NotFoundException("no capacity declaration " + id + " in programme "
                        + programmeId));
    }

    private static String hostFor(String named, CurrentUser user) {
        String host = named == null || named.isBlank() ? null : named.strip().toUpperCase(Locale.ROOT);
        return host == null && !user.isCoordinator() ? user.organisationCode() : host;
    }

    /** A host is told when someone else, the coordinator, changes what it declared; not of its own changes. */
    private void toldIfCoordinator(long programmeId, CapacityRepository.DeclarationView before,
            CapacityRepository.DeclarationView after, CurrentUser user) {
        if (user.isCoordinator()) {
            events.publishEvent(new CapacityChangedByCoordinator(programmeId, before, after));
        }
    }

    private static String subject(CapacityRepository.DeclarationView d) {
        return "capacity " + d.id() + " " + d.hostCode() + " " + d.periodId();
    }
}
