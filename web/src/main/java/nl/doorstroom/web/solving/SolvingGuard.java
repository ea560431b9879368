package nl.doorstroom.web.solving;

import org.springframework.stereotype.Component;

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

    SolvingGuard(ProgrammeStore store, SolverJobRepository jobs) {
        this.store = store;
        this.jobs = jobs;
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

    static ConflictException beingSolved(long programmeId) {
        return new ConflictException("solving", Problem.of("solving", "the plan of programme " + programmeId
                + " is being solved; stop it first, or wait until it has ended. Nothing was changed.", programmeId));
    }
}
