package nl.doorstroom.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.doorstroom.web.account.AccountChanged;

/** A remembered password passes only with the same stored hash, while in use, and until the account changes. */
class VerifiedCredentialsTest {

    @Test
    void theSamePasswordAgainstTheSameStoredHashPasses() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(1));
        verified.remember("anna", "een lang wachtwoord", "{bcrypt}$2a$10$hash-1");

        assertThat(verified.matches("anna", "een lang wachtwoord", "{bcrypt}$2a$10$hash-1")).isTrue();
        assertThat(verified.matches("anna", "een ander wachtwoord", "{bcrypt}$2a$10$hash-1")).isFalse();
        assertThat(verified.matches("anna", "een lang wachtwoord", "{bcrypt}$2a$10$hash-2"))
                .as("the password was changed, on this instance or another").isFalse();
        assertThat(verified.matches("bram", "een lang wachtwoord", "{bcrypt}$2a$10$hash-1")).isFalse();
    }

    @Test
    void anUnusedEntryIsForgottenAfterTheIdleTimeAndAChangedAccountAtOnce() {
        VerifiedCredentials idleAtOnce = new VerifiedCredentials(Duration.ZERO);
        idleAtOnce.remember("anna", "een lang wachtwoord", "hash");
        assertThat(idleAtOnce.matches("anna", "een lang wachtwoord", "hash")).isFalse();

        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(1));
        verified.remember("anna", "een lang wachtwoord", "hash");
        verified.forget(new AccountChanged("anna"));
        assertThat(verified.matches("anna", "een lang wachtwoord", "hash")).isFalse();
    }
}
