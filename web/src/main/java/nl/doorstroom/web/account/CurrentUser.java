package nl.doorstroom.web.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the security layer and the controllers see it. */
public final class CurrentUser implements UserDetails {

    private final Account account;

    CurrentUser(Account account) {
        this.account = account;
    }

    public Role role() {
        return account.role();
    }

    public boolean isCoordinator() {
        return account.role() == Role.COORDINATOR;
    }

    /** The host organisation of a HOST account, else null. */
    public String organisationCode() {
        return account.organisationCode();
    }

    public Long programmeId() {
        return account.programmeId();
    }

    public String participantId() {
        return account.participantId();
    }

    public boolean isParticipant(long programmeId, String participantId) {
        return account.role() == Role.PARTICIPANT && account.programmeId() == programmeId
                && participantId.equals(account.participantId());
    }

    public boolean isHostOf(String organisationCode) {
        return account.role() == Role.HOST && organisationCode.equals(account.organisationCode());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
