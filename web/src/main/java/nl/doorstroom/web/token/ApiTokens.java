package nl.doorstroom.web.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens. The token is shown once, when it is made; only its SHA-256 is kept, so checking one is
 * a hash and an indexed lookup. A token of 256 random bits needs no slow hash: there is nothing to guess.
 */
@Repository
class ApiTokens {

    /** Recognisable in logs and secret scanners. */
    static final String PREFIX = "dst_";

    record TokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
    }

    record NewToken(TokenView token, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String VIEW = "select id, name, created_at, expires_at, revoked_at from api_token";

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    NewToken create(String username, String name, int days) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                insert into api_token (username, name, token_hash, expires_at)
                values (?, ?, ?, now() + make_interval(days => ?)) returning id""")
                .params(username, name, sha256(secret), days).query(Long.class).single();
        return new NewToken(find(username, id).orElseThrow(), secret);
    }

    List<TokenView> of(String username) {
        return jdbc.sql(VIEW + " where username = ? order by id").param(username).query(TokenView.class).list();
    }

    Optional<TokenView> find(String username, long id) {
        return jdbc.sql(VIEW + " where username = ? and id = ?").params(username, id).query(TokenView.class).optional();
    }

    boolean revoke(String username, long id) {
        return jdbc.sql("update api_token set revoked_at = coalesce(revoked_at, now()) where username = ? and id = ?")
                .params(username, id).update() > 0;
    }

    /** The user name a valid (unrevoked, unexpired) token belongs to. */
    Optional<String> holder(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select username from api_token where token_hash = ? and revoked_at is null and expires_at > now()")
                .param(sha256(secret)).query(String.class).optional();
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
