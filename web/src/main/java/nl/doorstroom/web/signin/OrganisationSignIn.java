package nl.doorstroom.web.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import nl.doorstroom.web.account.Account;
import nl.doorstroom.web.account.Accounts;
import nl.doorstroom.web.account.CurrentUser;

/**
 * Sign-in through an organisation's OpenID Connect provider: the provider vouches for an e-mail address, and
 * only a verified one is matched to an active account; nobody gets an account by signing in.
 */
@Component
class OrganisationSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNVERIFIED = "unverified_email";
    static final String NO_ACCOUNT = "no_account";

    private static final Logger log = LoggerFactory.getLogger(OrganisationSignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final Accounts accounts;

    OrganisationSignIn(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        String email = vouched.getEmail();
        if (email == null || !Boolean.TRUE.equals(vouched.getEmailVerified())) {
            log.warn("Sign-in through {} refused: the provider did not vouch for a verified e-mail address (subject {})",
                    registration, vouched.getSubject());
            throw new OAuth2AuthenticationException(new OAuth2Error(UNVERIFIED));
        }
        Account account = accounts.findByEmail(email).filter(Account::enabled).orElseThrow(() -> {
            log.warn("Sign-in through {} refused: no active account for {}", registration, email);
            return new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT));
        });
        log.info("{} signed in through {}", account.username(), registration);
        return CurrentUser.of(account, vouched.getIdToken(), vouched.getUserInfo());
    }
}
