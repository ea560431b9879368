package nl.doorstroom.web.account;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user of Doorstroom. A host account names its organisation; a participant account names its
 * programme and participant; a coordinator account names neither.
 */
@Table("app_user")
public record Account(@Id String username, String passwordHash, Role role, String organisationCode,
        Long programmeId, String participantId, boolean enabled) {

    @PersistenceCreator
    public Account {
    }

    public static Account coordinator(String username, String passwordHash) {
        return new Account(username, passwordHash, Role.COORDINATOR, null, null, null, true);
    }

    public static Account host(String username, String passwordHash, String organisationCode) {
        return new Account(username, passwordHash, Role.HOST, organisationCode, null, null, true);
    }

    public static Account participant(String username, String passwordHash, long programmeId, String participantId) {
        return new Account(username, passwordHash, Role.PARTICIPANT, null, programmeId, participantId, true);
    }
}
