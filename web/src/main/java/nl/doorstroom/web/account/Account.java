package nl.doorstroom.web.account;

import java.io.Serializable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user of Doorstroom. A host account names its organisation; a participant account names its
 * programme and participant; a coordinator account names neither. An invited account has an e-mail
 * address and no password until its holder sets one through the link they were mailed.
 */
@Table("app_user")
public record Account(@Id String username, String passwordHash, Role role, String organisationCode,
        Long programmeId, String participantId, boolean enabled, String email) implements Serializable {

    @PersistenceCreator
    public Account {
    }

    public static Account coordinator(String username, String passwordHash) {
        return new Account(username, passwordHash, Role.COORDINATOR, null, null, null, true, null);
    }

    public static Account host(String username, String passwordHash, String organisationCode) {
        return new Account(username, passwordHash, Role.HOST, organisationCode, null, null, true, null);
    }

    public static Account participant(String username, String passwordHash, long programmeId, String participantId) {
        return new Account(username, passwordHash, Role.PARTICIPANT, null, programmeId, participantId, true, null);
    }

    /** Whether this account acts for the same host or participant as the other (or both coordinate). */
    public boolean actsAs(Account other) {
        return role == other.role && java.util.Objects.equals(organisationCode, other.organisationCode)
                && java.util.Objects.equals(programmeId, other.programmeId)
                && java.util.Objects.equals(participantId, other.participantId);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    Account withEmail(String address) {
        return new Account(username, passwordHash, role, organisationCode, programmeId, participantId, enabled, address);
    }

    /** The same account without its password hash, as it is kept in a page session. */
    Account withoutPassword() {
        return new Account(username, null, role, organisationCode, programmeId, participantId, enabled, email);
    }
}
