package nl.doorstroom.web.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.domain.WishSource;
import nl.doorstroom.solver.input.PathOrigin;
import nl.doorstroom.solver.input.ProgrammeInput;
import nl.doorstroom.solver.input.WishRecord;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.Problem;

/**
 * A participant's own wishes: where they would like to go, in a coming period or in any. Wishes a host
 * stated about the participant are the host's, and are neither shown nor changed here.
 */
@Service
class WishChanges {

    /** {@code period} empty or null: any coming period. */
    record NewWish(String host, String period) {
    }

    private final WishRepository repository;
    private final ProgrammeStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final SolvingGuard solving;

    WishChanges(WishRepository repository, ProgrammeStore store, AuditLog audit, Clock clock, SolvingGuard solving) {
        this.repository = repository;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.solving = solving;
    }

    List<WishRepository.WishView> of(long programmeId, String participantId) {
        return repository.ownOf(programmeId, participantId);
    }

    /**
     * The periods a participant can still wish for: those they are planned in (active and available) that start
     * after today.
     */
    List<Period> comingPeriods(Plan plan, String participantId) {
        LocalDate today = LocalDate.now(clock);
        return plan.getParticipants().stream().filter(p -> p.getId().equals(participantId)).findFirst()
                .map(participant -> plan.getPeriods().stream()
                        .filter(period -> participant.isPlannedIn(period) && period.getStart().isAfter(today))
                        .toList())
                .orElse(List.of());
    }

    @Transactional
    WishRepository.WishView add(long programmeId, String participantId, NewWish wish, String username) {
        solving.lockForChange(programmeId);
        String host = wish.host() == null ? "" : wish.host().strip().toUpperCase(Locale.ROOT);
        String period = wish.period() == null || wish.period().isBlank() ? null : wish.period().strip();
        if (host.isEmpty()) {
            throw new BadRequestException(Problem.of("wish.hostRequired",
                    "host is required: the code of a host organisation, such as GM0796"));
        }
        ProgrammeInput input = store.input(programmeId);
        List<WishRecord> all = new ArrayList<>(input.wishes());
        all.add(new WishRecord(PathOrigin.BODY, participantId, host, period, WishSource.PARTICIPANT));
        Plan plan = store.assemble(input.withWishes(all)); // an unknown organisation or period is refused here
        Wish stated = plan.getWishes().get(plan.getWishes().size() - 1);
        List<String> coming = comingPeriods(plan, participantId).stream().map(Period::getId).toList();
        if (period != null && !coming.contains(period)) {
            throw new BadRequestException(Problem.of("wish.periodNotComing", "period " + period
                    + " is not one of your coming periods; expected one of " + coming + ", or no period for any of them",
                    period, String.join(", ", coming)));
        }
        if (period == null && coming.isEmpty()) {
            throw new BadRequestException(Problem.of("wish.noComingPeriods", "you have no coming periods left to wish for"));
        }
        List<String> asked = period == null ? coming : List.of(period);
        if (plan.getCapacityDeclarations().stream().noneMatch(c -> c.getHost().equals(stated.host())
                && asked.contains(c.getPeriod().getId()))) {
            throw new BadRequestException(period == null
                    ? Problem.of("wish.noCapacityAny", host + " takes no participants in your coming periods in this "
                            + "programme", host)
                    : Problem.of("wish.noCapacityPeriod", host + " takes no participants in " + period
                            + " in this programme", host, period));
        }
        if (of(programmeId, participantId).stream().anyMatch(w -> w.hostCode().equals(stated.host().getCode())
                && java.util.Objects.equals(w.periodId(), period))) {
            throw new BadRequestException(period == null
                    ? Problem.of("wish.alreadyAny", "you already wish for " + host + " in any period", host)
                    : Problem.of("wish.alreadyPeriod", "you already wish for " + host + " in " + period, host, period));
        }
        long id = repository.insert(programmeId, stated);
        store.touch(programmeId);
        WishRepository.WishView view = find(programmeId, participantId, id);
        audit.record(username, "wish.add", programmeId, AuditLog.About.participant(participantId, view.hostCode()),
                "participant " + participantId, null, view.toString());
        return view;
    }

    @Transactional
    void remove(long programmeId, String participantId, long wishId, String username) {
        solving.lockForChange(programmeId);
        WishRepository.WishView wish = find(programmeId, participantId, wishId);
        repository.delete(wishId);
        store.touch(programmeId);
        audit.record(username, "wish.remove", programmeId, AuditLog.About.participant(participantId, wish.hostCode()),
                "participant " + participantId, wish.toString(), null);
    }

    /** Only the participant's own wishes are found: another's wish id answers as if it did not exist. */
    private WishRepository.WishView find(long programmeId, String participantId, long wishId) {
        return of(programmeId, participantId).stream().filter(w -> w.id() == wishId).findFirst()
                .orElseThrow(() -> new NotFoundException("no wish " + wishId));
    }
}
