package nl.doorstroom.solver.domain;

/** Whether a participant employed in one sector may work at a host of another. */
public enum Compatibility {
    ALLOWED,
    /** Allowed, but only with a secondment arrangement (detachering) between employer and host. */
    SECONDMENT,
    NOT_ALLOWED
}
