package nl.doorstroom.web.solving;

/** Where a solving job is: waiting for a free solver, solving, or ended in one of four ways. */
public enum JobStatus {
    /** Waiting in the scheduler's table until an instance has a free solver thread. */
    QUEUED,
    /** An instance solves it; its best plan is stored as it improves. */
    SOLVING,
    /** The time limit was reached; the best plan found is stored. */
    COMPLETED,
    /** Stopped on request; the best plan found is stored. */
    STOPPED,
    /** Its instance went away and the job was not resumed; the last stored plan is kept. */
    INTERRUPTED,
    /** The solver failed; the last stored plan is kept. */
    FAILED;

    /** Queued or solving: the programme's draft belongs to the solver until the job ends. */
    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }

    /** The active statuses as an SQL list, for conditional updates. */
    static final String ACTIVE_SQL = "('QUEUED', 'SOLVING')";
}
