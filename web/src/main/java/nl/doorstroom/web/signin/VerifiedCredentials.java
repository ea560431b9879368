package nl.doorstroom.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.doorstroom.web.account.AccountChanged;

/**
 * HTTP Basic sends the password with every request, and BCrypt is slow on purpose. A password BCrypt has just
 * accepted is remembered, as an HMAC with a key that lives only in this process, together with the stored hash
 * it matched. A later request with the same password costs an HMAC and the account's primary-key lookup; a
 * changed password or a deactivated account no longer matches on any instance, because the stored hash and the
 * enabled flag are read afresh each time.
 *
 * <p>An entry is forgotten after the idle time without use, and in any case within an hour (spread over the last
 * ten minutes of it): a script that keeps calling never waits for BCrypt again, and many clients that started
 * together do not all fall back to BCrypt in the same second.
 */
@Component
class VerifiedCredentials {

    private record Entry(byte[] mac, String passwordHash, long lastUsedNanos, long endNanos) {

        boolean expired(long now, long idleNanos) {
            return now - lastUsedNanos - idleNanos > 0 || now - endNanos > 0;
        }
    }

    private static final long LIFETIME_NANOS = Duration.ofMinutes(50).toNanos();
    private static final long SPREAD_NANOS = Duration.ofMinutes(10).toNanos();

    /** Enough for every user of a large deployment; beyond it nothing new is remembered until entries expire. */
    static final int MAX_ENTRIES = 50_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final long idleNanos;
    private final SecureRandom random = new SecureRandom();

    VerifiedCredentials(@Value("${doorstroom.sign-in.verified-credentials-ttl:60s}") Duration ttl) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.idleNanos = ttl.toNanos();
    }

    boolean matches(String username, String password, String currentPasswordHash) {
        Entry entry = entries.get(username);
        if (entry == null || password == null || currentPasswordHash == null) {
            return false;
        }
        long now = System.nanoTime();
        if (entry.expired(now, idleNanos)) {
            entries.remove(username, entry);
            return false;
        }
        boolean matches = entry.passwordHash().equals(currentPasswordHash) && MessageDigest.isEqual(entry.mac(), mac(password));
        if (matches) {
            entries.replace(username, entry, new Entry(entry.mac(), entry.passwordHash(), now, entry.endNanos()));
        }
        return matches;
    }

    void remember(String username, String password, String passwordHash) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> e.expired(now, idleNanos));
            if (entries.size() >= MAX_ENTRIES) {
                return;
            }
        }
        long now = System.nanoTime();
        long end = now + LIFETIME_NANOS + (long) (random.nextDouble() * SPREAD_NANOS);
        entries.put(username, new Entry(mac(password), passwordHash, now, end));
    }

    @EventListener
    void forget(AccountChanged event) {
        entries.remove(event.username());
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
