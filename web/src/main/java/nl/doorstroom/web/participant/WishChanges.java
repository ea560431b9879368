package nl.doorstroom.web.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.Problem;
import nl.doorstroom.web.system.NotFoundException;

/**
 * A participant's own wishes: where they would like to go, in a coming period or in any. Wishes a host
 * stated about the participant are the host's, and are neither shown nor changed here.
 */
@Service
class WishChanges {

    record WishView(long id, String hostCode, String hostName, String periodId) {
    }

    /** {@code period} empty or null: any coming period. */
    record NewWish(String host, String period) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final SolvingGuard solving;

    WishChanges(JdbcClient jdbc, ProgrammeStore store, AuditLog audit, Clock clock, SolvingGuard solving) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.solving = solving;
    }

    List<WishView> of(long programmeId, String participantId) {
        return jdbc.sql("""
                select w.id, w.host_code, o.name as host_name, w.period_id from wish w join organisation o on o.code = w.host_code
                where w.programme_id = ? and w.participant_id = ? and w.source = 'PARTICIPANT' order by w.id""")
                .params(programmeId, participantId).query(WishView.class).list();
    }

    @Transactional
    WishView add(long programmeId, String participantId, NewWish wish, String username) {
        solving.lockForChange(programmeId);
        String host = wish.host() == null ? "" : wish.host().strip().toUpperCase(Locale.ROOT);
        String period = wish.period() == null || wish.period().isBlank() ? null : wish.period().strip();
        if (host.isEmpty()) {
            throw new BadRequestException(Problem.of("wish.hostRequired",
                    "host is required: the code of a host organisation, such as GM0796"));
        }
        List<String> coming = comingPeriods(programmeId, participantId);
        if (period != null && !coming.contains(period)) {
            throw new BadRequestException(Problem.of("wish.periodNotComing", "period " + period
                    + " is not one of your coming periods; expected one of " + coming + ", or no period for any of them",
                    period, String.join(", ", coming)));
        }
        if (period == null && coming.isEmpty()) {
            throw new BadRequestException(Problem.of("wish.noComingPeriods", "you have no coming periods left to wish for"));
        }
        if (!organisationExists(host)) {
            throw new BadRequestException(Problem.of("wish.unknownOrganisation", "unknown organisation '" + host
                    + "': expected an organisation code such as GM0796, PV30, WS0155 or BZK", host));
        }
        if (!declaresCapacity(programmeId, host, period == null ? coming : List.of(period))) {
            throw new BadRequestException(period == null
                    ? Problem.of("wish.noCapacityAny", host + " takes no participants in your coming periods in this "
                            + "programme", host)
                    : Problem.of("wish.noCapacityPeriod", host + " takes no participants in " + period
                            + " in this programme", host, period));
        }
        if (alreadyWished(programmeId, participantId, host, period)) {
            throw new BadRequestException(period == null
                    ? Problem.of("wish.alreadyAny", "you already wish for " + host + " in any period", host)
                    : Problem.of("wish.alreadyPeriod", "you already wish for " + host + " in " + period, host, period));
        }
        long id = jdbc.sql("""
                insert into wish (programme_id, participant_id, host_code, period_id, source)
                values (?, ?, ?, ?, 'PARTICIPANT') returning id""")
                .params(programmeId, participantId, host, period).query(Long.class).single();
        store.load(programmeId); // throws InvalidInputException, rolling back, when the wish makes it invalid
        WishView added = find(programmeId, participantId, id);
        audit.record(username, "wish.add", programmeId, "participant " + participantId, null, added.toString());
        return added;
    }

    @Transactional
    void remove(long programmeId, String participantId, long wishId, String username) {
        solving.lockForChange(programmeId);
        WishView wish = find(programmeId, participantId, wishId);
        jdbc.sql("delete from wish where id = ?").param(wishId).update();
        store.load(programmeId);
        audit.record(username, "wish.remove", programmeId, "participant " + participantId, wish.toString(), null);
    }

    /** Only the participant's own wishes are found: another's wish id answers as if it did not exist. */
    private WishView find(long programmeId, String participantId, long wishId) {
        return of(programmeId, participantId).stream().filter(w -> w.id() == wishId).findFirst()
                .orElseThrow(() -> new NotFoundException("no wish " + wishId));
    }

    /** Periods that start after today in which the participant is active and available. */
    private List<String> comingPeriods(long programmeId, String participantId) {
        return jdbc.sql("""
                select pe.id from period pe
                join participant pa on pa.programme_id = pe.programme_id and pa.id = ?
                where pe.programme_id = ? and pe.start_date > ?
                  and pe.idx >= (select idx from period where programme_id = pe.programme_id and id = pa.first_period)
                  and pe.idx <= (select idx from period where programme_id = pe.programme_id and id = pa.last_period)
                  and not exists (select 1 from participant_unavailable u where u.programme_id = pe.programme_id
                                  and u.participant_id = pa.id and u.period_id = pe.id)
                order by pe.idx""")
                .params(participantId, programmeId, LocalDate.now(clock)).query(String.class).list();
    }

    private boolean organisationExists(String code) {
        return jdbc.sql("select count(*) from organisation where code = ?").param(code).query(Integer.class)
                .single() > 0;
    }

    private boolean declaresCapacity(long programmeId, String host, List<String> periods) {
        return jdbc.sql("""
                select count(*) from capacity_declaration
                where programme_id = :programme and host_code = :host and period_id in (:periods)""")
                .param("programme", programmeId).param("host", host).param("periods", periods)
                .query(Integer.class).single() > 0;
    }

    private boolean alreadyWished(long programmeId, String participantId, String host, String period) {
        return jdbc.sql("""
                select count(*) from wish where programme_id = ? and participant_id = ? and host_code = ?
                  and source = 'PARTICIPANT' and period_id is not distinct from ?""")
                .params(programmeId, participantId, host, period).query(Integer.class).single() > 0;
    }
}
