package nl.doorstroom.web.capacity;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
 * answers as if it did not exist. After every change the programme must still read as valid, or nothing
 * changes.
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

    private final JdbcClient jdbc;
    private final CapacityQueries queries;
    private final ProgrammeQueries programmes;
    private final ProgrammeStore store;
    private final AuditLog audit;
    private final SolvingGuard solving;

    CapacityChanges(JdbcClient jdbc, CapacityQueries queries, ProgrammeQueries programmes, ProgrammeStore store,
            AuditLog audit, SolvingGuard solving) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.programmes = programmes;
        this.store = store;
        this.audit = audit;
        this.solving = solving;
    }

    /** The declarations of a programme the user may see; 404 for a programme the user may not see. */
    List<CapacityQueries.DeclarationView> of(long programmeId, CurrentUser user) {
        if (user.isCoordinator() && store.exists(programmeId)) {
            return queries.list(programmeId, null);
        }
        if (user.organisationCode() != null && programmes.canSee(user, programmeId)) {
            return queries.list(programmeId, user.organisationCode());
        }
        throw new NotFoundException("no programme " + programmeId);
    }

    @Transactional
    CapacityQueries.DeclarationView create(long programmeId, NewDeclaration declaration, CurrentUser user) {
        of(programmeId, user); // 404 when the programme is not the user's to see
        solving.lockForChange(programmeId);
        String host = hostFor(declaration.host(), user);
        String period = declaration.period() == null ? "" : declaration.period().strip();
        String discipline = discipline(declaration.discipline());
        DeclarationRules rules = new DeclarationRules();
        if (!user.isCoordinator() && host != null && !host.equals(user.organisationCode())) {
            rules.problem(Problem.of("capacity.notYourOrganisation", "host " + host
                    + " is not your organisation; you declare capacity for " + user.organisationCode() + " only",
                    host, user.organisationCode()));
        } else if (host == null) {
            rules.problem(Problem.of("capacity.hostRequired",
                    "host is required: the code of the host organisation, such as GM0796"));
        } else if (!queries.organisationExists(host)) {
            rules.problem(Problem.of("capacity.unknownOrganisation", "unknown organisation '" + host
                    + "': expected an organisation code such as GM0796, PV30, WS0155 or BZK", host));
        }
        List<String> periods = queries.periods(programmeId);
        if (!periods.contains(period)) {
            rules.problem(Problem.of("capacity.unknownPeriod", "period '" + period
                    + "' is not a period of this programme; expected one of " + periods, period, String.join(", ", periods)));
        } else if (host != null && queries.duplicate(programmeId, host, period, discipline, -1)) {
            rules.problem(DeclarationRules.duplicate(host, period, discipline));
        }
        rules.numbers(declaration.min(), declaration.max(), declaration.maxSalaryScale()).throwIfAny();
        long id = jdbc.sql("""
                insert into capacity_declaration (programme_id, host_code, period_id, discipline, min, max,
                                                  max_salary_scale)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(programmeId, host, period, discipline, declaration.min(), declaration.max(),
                        declaration.maxSalaryScale())
                .query(Long.class).single();
        return validatedAndAudited("capacity.create", programmeId, id, null, user);
    }

    @Transactional
    CapacityQueries.DeclarationView change(long programmeId, long id, Change change, CurrentUser user) {
        CapacityQueries.DeclarationView before = visible(programmeId, id, user);
        solving.lockForChange(programmeId);
        String discipline = discipline(change.discipline());
        if (change.version() == null) {
            throw new BadRequestException(Problem.of("capacity.versionRequired",
                    "version is required: the version of the declaration you read"));
        }
        if (change.version() != before.version()) {
            throw ConflictException.staleEdit("capacity declaration " + id);
        }
        DeclarationRules rules = new DeclarationRules();
        if (queries.duplicate(programmeId, before.hostCode(), before.periodId(), discipline, id)) {
            rules.problem(DeclarationRules.duplicate(before.hostCode(), before.periodId(), discipline));
        }
        rules.numbers(change.min(), change.max(), change.maxSalaryScale()).throwIfAny();
        int updated = jdbc.sql("""
                update capacity_declaration set discipline = ?, min = ?, max = ?, max_salary_scale = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(discipline, change.min(), change.max(), change.maxSalaryScale(), id, change.version())
                .update();
        if (updated == 0) {
            throw ConflictException.staleEdit("capacity declaration " + id);
        }
        return validatedAndAudited("capacity.change", programmeId, id, before, user);
    }

    @Transactional
    void delete(long programmeId, long id, int version, CurrentUser user) {
        CapacityQueries.DeclarationView before = visible(programmeId, id, user);
        solving.lockForChange(programmeId);
        if (jdbc.sql("delete from capacity_declaration where id = ? and version = ?").params(id, version)
                .update() == 0) {
            throw ConflictException.staleEdit("capacity declaration " + id);
        }
        List<String> stranded = queries.placementsWithoutCapacity(programmeId);
        if (!stranded.isEmpty()) {
            throw new BadRequestException(stranded);
        }
        store.load(programmeId); // throws InvalidInputException, rolling back, when the programme no longer reads
        audit.record(user.getUsername(), "capacity.delete", programmeId, subject(before), before.toString(), null);
    }

    private CapacityQueries.DeclarationView validatedAndAudited(String action, long programmeId, long id,
            CapacityQueries.DeclarationView before, CurrentUser user) {
        store.load(programmeId); // throws InvalidInputException, rolling back, when the programme no longer reads
        CapacityQueries.DeclarationView after = queries.find(programmeId, id).orElseThrow();
        audit.record(user.getUsername(), action, programmeId, subject(after), before == null ? null : before.toString(),
                after.toString());
        return after;
    }

    /** A host asking for another host's declaration gets the answer for one that does not exist. */
    private CapacityQueries.DeclarationView visible(long programmeId, long id, CurrentUser user) {
        return queries.find(programmeId, id)
                .filter(d -> user.isCoordinator() || user.isHostOf(d.hostCode()))
                .orElseThrow(() -> new NotFoundException("no capacity declaration " + id + " in programme "
                        + programmeId));
    }

    private static String hostFor(String named, CurrentUser user) {
        String host = named == null || named.isBlank() ? null : named.strip().toUpperCase(Locale.ROOT);
        return host == null && !user.isCoordinator() ? user.organisationCode() : host;
    }

    private static String discipline(String discipline) {
        return discipline == null ? "" : discipline.strip();
    }

    private static String subject(CapacityQueries.DeclarationView d) {
        return "capacity " + d.id() + " " + d.hostCode() + " " + d.periodId();
    }
}
