package nl.doorstroom.web.signin;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Back to the login page, saying why in words: a wrong password, a wait, or an identity provider's refusal. */
@Component
public class SignInFailures implements AuthenticationFailureHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignInFailures.class);

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String target;
        if (exception instanceof LoginThrottledException throttled) {
            target = "/login?wait=" + throttled.retryAfterSeconds();
        } else if (exception instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            log.warn("Sign-in through an identity provider failed: {} {}", code, oauth.getMessage());
            target = "/login?provider=" + (OrganisationSignIn.NO_ACCOUNT.equals(code) || OrganisationSignIn.UNVERIFIED.equals(code)
                    ? code : "failed");
        } else {
            target = "/login?error";
            if (!(exception instanceof org.springframework.security.authentication.BadCredentialsException)) {
                log.warn("Sign-in failed: {}", exception.toString());
            }
        }
        redirect.sendRedirect(request, response, target);
    }
}
