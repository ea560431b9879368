package nl.doorstroom.web.signin;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import nl.doorstroom.web.account.Account;
import nl.doorstroom.web.account.Accounts;
import nl.doorstroom.web.account.CurrentUser;

/**
 * Password sign-in, for the login form and HTTP Basic alike: a password verified a moment ago passes at the
 * cost of a hash; any other attempt is first reserved with the {@link LoginThrottle}, then checked with BCrypt.
 */
@Component
public class ThrottledPasswordAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;
    private final DaoAuthenticationProvider passwords;

    ThrottledPasswordAuthentication(Accounts accounts, LoginThrottle throttle, VerifiedCredentials verified,
            UserDetailsService userDetails, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.verified = verified;
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(userDetails);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        Optional<Account> account = accounts.find(username);
        if (account.isPresent() && account.get().enabled()
                && verified.matches(username, password, account.get().passwordHash())) {
            CurrentUser user = CurrentUser.of(account.get());
            UsernamePasswordAuthenticationToken result =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        LoginThrottle.Reservation reservation = throttle.reserve(username, clientAddress(authentication));
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(reservation, e.getClass().getSimpleName());
            throw e;
        }
        throttle.succeeded(reservation);
        account.filter(a -> a.passwordHash() != null).ifPresent(a -> verified.remember(username, password, a.passwordHash()));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
