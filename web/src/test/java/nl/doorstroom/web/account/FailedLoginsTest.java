package nl.doorstroom.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.BadCredentialsException;

import nl.doorstroom.web.WebIntegrationTest;

/** Guessing passwords is slowed down: after five failures a user name is locked for a while, even to the right password. */
class FailedLoginsTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void fiveWrongPasswordsLockTheUserNameButNoOtherOne() {
        String target = newCoordinator();
        String bystander = newCoordinator();
        for (int i = 0; i < FailedLogins.ALLOWED_FAILURES; i++) {
            assertThat(rest.withBasicAuth(target, "guess-" + i).getForEntity("/api/programmes", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        assertThat(rest.withBasicAuth(target, password(target)).getForEntity("/api/programmes", String.class)
                .getStatusCode()).as("locked, even with the right password").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(bystander, password(bystander)).getForEntity("/api/programmes", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLockEndsAfterItsTime() {
        MutableClock clock = new MutableClock();
        FailedLogins failedLogins = new FailedLogins(clock);
        for (int i = 0; i < FailedLogins.ALLOWED_FAILURES; i++) {
            failedLogins.onFailure(new AuthenticationFailureBadCredentialsEvent(
                    new UsernamePasswordAuthenticationToken("Anna", "wrong"), new BadCredentialsException("wrong")));
        }
        assertThat(failedLogins.isLocked("anna")).isTrue();

        clock.now = clock.now.plus(FailedLogins.LOCK).plus(Duration.ofSeconds(1));

        assertThat(failedLogins.isLocked("anna")).isFalse();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2027-08-01T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
