package nl.doorstroom.web.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user as the security layer and the controllers see it, however they signed in: with a
 * password, an API token or their organisation's identity provider (then it also carries the ID token).
 */
public final class CurrentUser implements UserDetails, OidcUser, CredentialsContainer {

    private Account account;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    private CurrentUser(Account account, OidcIdToken idToken, OidcUserInfo userInfo) {
        this.account = account;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    CurrentUser(Account account) {
        this(account, null, null);
    }

    /** The account signed in; without its password hash. */
    public static CurrentUser of(Account account) {
        return new CurrentUser(account.withoutPassword());
    }

    /** The account an identity provider vouched for. */
    public static CurrentUser of(Account account, OidcIdToken idToken, OidcUserInfo userInfo) {
        return new CurrentUser(account.withoutPassword(), idToken, userInfo);
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

    /** Keeps the password hash out of the session once the password has been checked. */
    @Override
    public void eraseCredentials() {
        account = account.withoutPassword();
    }

    // ---- OpenID Connect: the provider's claims, when the user signed in through one

    @Override
    public String getName() {
        return account.username();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of("sub", account.username()) : idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }
}
