package nl.doorstroom.solver.domain;

/** Who stated a wish: the participant, or the host that would like that participant. */
public enum WishSource {
    PARTICIPANT,
    HOST
}
