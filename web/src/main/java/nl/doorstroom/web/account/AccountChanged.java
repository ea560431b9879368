package nl.doorstroom.web.account;

/**
 * An account's password was set or it was (de)activated: whatever remembered it as signed in (verified
 * credentials, page sessions) must check again.
 */
public record AccountChanged(String username) {
}
