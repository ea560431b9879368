package nl.doorstroom.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links to set a password. The token travels only in the mail; the database keeps its SHA-256,
 * so a copy of the database opens no account. A link is used at most once, in one conditional update.
 */
@Repository
class PasswordLinks {

    enum Purpose {
        INVITATION, RESET
    }

    record Holder(String username, Purpose purpose, OffsetDateTime expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    PasswordLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the account; earlier unused links of the account stay valid until they expire. */
    String issue(String username, Purpose purpose, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into password_link (token_hash, username, purpose, expires_at)
                values (?, ?, ?, now() + make_interval(secs => ?))""")
                .params(sha256(token), username, purpose.name(), (double) validFor.toSeconds()).update();
        return token;
    }

    /** Who the link is for, while it is unused and unexpired. */
    Optional<Holder> holder(String token) {
        return jdbc.sql("""
                select username, purpose, expires_at from password_link
                where token_hash = ? and used_at is null and expires_at > now()""").param(sha256(token))
                .query((rs, i) -> new Holder(rs.getString(1), Purpose.valueOf(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    /** Uses the link up, if it still can be: exactly one of two concurrent uses succeeds. */
    Optional<String> redeem(String token) {
        return jdbc.sql("""
                update password_link set used_at = now()
                where token_hash = ? and used_at is null and expires_at > now() returning username""")
                .param(sha256(token)).query(String.class).optional();
    }

    /** After a password was set, no older link of the account may set it again. */
    void expireAll(String username) {
        jdbc.sql("update password_link set used_at = now() where username = ? and used_at is null").param(username)
                .update();
    }

    boolean issuedSince(String username, Duration ago) {
        return jdbc.sql("select count(*) > 0 from password_link where username = ? and created_at > now() - make_interval(secs => ?)")
                .params(username, (double) ago.toSeconds()).query(Boolean.class).single();
    }

    int pruneExpired() {
        return jdbc.sql("delete from password_link where expires_at < now() - interval '30 days'").update();
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
