package nl.doorstroom.solver.domain;

public enum ParticipantKind {
    /** Placed in every active period. */
    TRAINEE,
    /** Junior pool member: may be between assignments in a period. */
    JUNIOR
}
