package nl.doorstroom.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #ALLOWED_FAILURES} failed logins for one user name, that
 * name is locked for {@link #LOCK} (also against the right password), then counting starts afresh.
 */
@Component
public class FailedLogins {

    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);

    private record Failures(int count, Instant lastAt) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public FailedLogins() {
        this(Clock.systemUTC());
    }

    FailedLogins(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < ALLOWED_FAILURES) {
            return false;
        }
        if (f.lastAt().plus(LOCK).isBefore(clock.instant())) {
            failures.remove(key(username));
            return false;
        }
        return true;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failures.merge(key(event.getAuthentication().getName()), new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, one.lastAt()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
