package nl.doorstroom.web.solving;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.Problem;

/**
 * The one rule for changes while a programme is being solved: they are refused (409, urn:doorstroom:solving),
 * and nothing changes. While a job is queued or solving the draft is the solver's; a change then would make the
 * job report one score while the stored plan has another, or publish a draft the solver is still rewriting.
 * Every change service calls this first in its transaction. The programme row lock makes starts and changes
 * take turns, so a job cannot start between the check and the change.
 */
@Component
public class SolvingGuard {

    private final ProgrammeStore store;
    private final SolverJobRepository jobs;
    private final JdbcClient jdbc;

    SolvingGuard(ProgrammeStore store, SolverJobRepository jobs, JdbcClient jdbc) {
        this.store = store;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    /**
     * Locks the programme's row for the rest of the transaction and refuses while it has a queued or solving job.
     *
     * @throws NotFoundException when there is no such programme
     * @throws ConflictException of kind "solving" while a job is active
     */
    public void lockForChange(long programmeId) {
        if (!store.lock(programmeId)) {
            throw new NotFoundException("no programme " + programmeId);
        }
        if (jobs.hasActiveJob(programmeId)) {
            throw beingSolved(programmeId);
        }
    }

    /**
     * An import replaces stored organisations with its own rows; when that changes an organisation a programme
     * being solved uses (name, layer, sector, town or place), the import is refused like any other change.
     */
    public void lockForOrganisationChanges(Collection<Organisation> organisations) {
        if (organisations.isEmpty()) {
            return;
        }
        record Facts(String code, String name, String layer, String sector, String town, double latitude,
                double longitude) {
        }
        Set<Facts> stored = new HashSet<>(jdbc.sql("""
                select code, name, layer, sector, town, latitude, longitude from organisation where code in (:codes)""")
                .param("codes", organisations.stream().map(Organisation::getCode).toList())
                .query(Facts.class).list());
        Set<String> storedCodes = stored.stream().map(Facts::code).collect(Collectors.toSet());
        List<String> changed = organisations.stream().filter(o -> storedCodes.contains(o.getCode()))
                .filter(o -> !stored.contains(new Facts(o.getCode(), o.getName(), o.getLayer().name(),
                        o.getSector().name(), o.getTown(), o.getLocation().latitude(), o.getLocation().longitude())))
                .map(Organisation::getCode).toList();
        if (changed.isEmpty()) {
            return;
        }
        List<Long> users = jdbc.sql("""
                select id from programme where id in (
                    select programme_id from participant where employer_code in (:codes)
                    union select programme_id from capacity_declaration where host_code in (:codes)
                    union select programme_id from placement where host_code in (:codes))
                order by id""").param("codes", changed).query(Long.class).list();
        for (long programmeId : users) {
            lockForChange(programmeId);
        }
    }

    static ConflictException beingSolved(long programmeId) {
        return new ConflictException("solving", Problem.of("solving", "the plan of programme " + programmeId
                + " is being solved; stop it first, or wait until it has ended. Nothing was changed.", programmeId));
    }
}
