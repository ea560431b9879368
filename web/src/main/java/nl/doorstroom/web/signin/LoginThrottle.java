package nl.doorstroom.web.signin;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins in PostgreSQL, so every instance counts the same and a restart forgets nothing.
 *
 * <p>Before a password is checked, the attempt is <em>reserved</em>: counted as a failure in one conditional
 * upsert per key, which PostgreSQL serialises per row. An attempt while a key's delay runs is refused without
 * checking the password and without counting, so concurrent guesses cannot slip past each other and a burst
 * of guesses adds only one failure per delay. A success takes its own reservation back.
 *
 * <p>The keys are the user name at the client's address, and the address alone. There is deliberately no key
 * for the user name alone: anyone could then keep its owner out from anywhere. Guessing from many addresses is
 * slowed per address, and logged.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** A reserved attempt: what to take back when the password was right. */
    record Reservation(String username, String address, String userKey, String addressKey, int failures) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ThrottleProperties properties;

    LoginThrottle(JdbcClient jdbc, TransactionTemplate transaction, ThrottleProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
    }

    /** @throws LoginThrottledException while one of the keys waits out its delay */
    Reservation reserve(String username, String address) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        String addressKey = "address:" + address;
        String userKey = "user:" + name + "@" + address;
        Reservation reservation = transaction.execute(status -> {
            // Always the address first, then the user name: two attempts never wait for each other's locks crosswise.
            Optional<Integer> addressFailures = take(addressKey, properties.addressFreeFailures(), properties.addressMaxDelay());
            if (addressFailures.isEmpty()) {
                return null;
            }
            Optional<Integer> userFailures = take(userKey, properties.userFreeFailures(), properties.userMaxDelay());
            if (userFailures.isEmpty()) {
                status.setRollbackOnly(); // the address must not count an attempt that was never made
                return null;
            }
            return new Reservation(name, address, userKey, addressKey, userFailures.get());
        });
        if (reservation == null) {
            long wait = secondsToWait(userKey, addressKey);
            log.warn("Sign-in as '{}' from {} refused for {} s after repeated failures", abbreviate(name), address, wait);
            throw new LoginThrottledException(wait);
        }
        return reservation;
    }

    /** The password was right: the user name at this address starts afresh, and the address loses this attempt. */
    void succeeded(Reservation reservation) {
        jdbc.sql("delete from login_throttle where key = ?").param(reservation.userKey()).update();
        jdbc.sql("""
                update login_throttle set failures = greatest(failures - 1, 0), next_allowed_at = least(next_allowed_at, clock_timestamp())
                where key = ?""").param(reservation.addressKey()).update();
    }

    /** The attempt stays counted; a line for whoever watches the logs (no stack trace: it is not a fault). */
    void failed(Reservation reservation, String reason) {
        log.warn("Failed sign-in as '{}' from {} ({}; failure {} for this name at this address)",
                abbreviate(reservation.username()), reservation.address(), reason, reservation.failures());
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void prune() {
        int pruned = jdbc.sql("delete from login_throttle where next_allowed_at < clock_timestamp() - make_interval(secs => ?)")
                .param((double) properties.forgetAfter().toSeconds()).update();
        if (pruned > 0) {
            log.info("Forgot {} old sign-in failure counts", pruned);
        }
    }

    /**
     * Counts one failure for the key if its delay has passed (measured with the clock, not the transaction's start,
     * so an attempt that waited for another's row lock compares with the time it really runs), and starts the delay the new count earns; empty
     * while the delay runs. Failures are forgotten once {@code forgetAfter} has passed since the delay ended.
     */
    private Optional<Integer> take(String key, int free, Duration maxDelay) {
        String failures = "(case when t.next_allowed_at < clock_timestamp() - make_interval(secs => :forget) then 1 else t.failures + 1 end)";
        return jdbc.sql("""
                insert into login_throttle as t (key, failures, next_allowed_at, updated_at)
                values (:key, 1, clock_timestamp() + make_interval(secs => %s), clock_timestamp())
                on conflict (key) do update set failures = %s,
                    next_allowed_at = clock_timestamp() + make_interval(secs => %s), updated_at = clock_timestamp()
                where t.next_allowed_at <= clock_timestamp()
                returning failures""".formatted(delay("1"), failures, delay(failures)))
                .param("key", key)
                .param("forget", (double) properties.forgetAfter().toSeconds())
                .param("free", free)
                .param("base", properties.baseDelay().toMillis() / 1000.0)
                .param("max", (double) maxDelay.toSeconds())
                .query(Integer.class).optional();
    }

    /** No delay for the first free failures, then the base delay, doubling with each further failure, capped. */
    private static String delay(String failures) {
        return "(case when " + failures + " <= :free then 0 else least(:max, :base * power(2, " + failures
                + " - :free - 1)) end)";
    }

    private long secondsToWait(String userKey, String addressKey) {
        Double seconds = jdbc.sql("""
                select max(extract(epoch from next_allowed_at - clock_timestamp())) from login_throttle where key in (?, ?)""")
                .params(userKey, addressKey).query(Double.class).optional().orElse(null);
        return seconds == null ? 1 : Math.max(1, (long) Math.ceil(seconds));
    }

    private static String abbreviate(String name) {
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }
}
