package nl.doorstroom.web.signin;

import org.springframework.security.authentication.BadCredentialsException;

/** Too many recent failures: the password was not even checked. Says how long to wait. */
public class LoginThrottledException extends BadCredentialsException {

    private final long retryAfterSeconds;

    LoginThrottledException(long retryAfterSeconds) {
        super("Too many failed sign-ins; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
