package nl.doorstroom.web.account;

/** What a signed-in user may do; see DESIGN.md "Users and what they do". */
public enum Role {
    COORDINATOR,
    /** Bound to one organisation. */
    HOST,
    /** Bound to one participant of one programme. */
    PARTICIPANT
}
