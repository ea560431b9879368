package nl.doorstroom.web.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.doorstroom.web.system.Problem;

/**
 * What a new password must be. Length is what makes a password hard to guess (NIST SP 800-63B), so we ask
 * for twelve characters and no particular mix; the upper bound keeps BCrypt's 72-byte limit from silently
 * ignoring the rest.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 72;

    private PasswordRules() {
    }

    static List<Problem> check(String password, String repeated, String username) {
        List<Problem> problems = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.length() < MIN_LENGTH) {
            problems.add(Problem.of("password.tooShort",
                    "password: expected at least " + MIN_LENGTH + " characters, got " + p.length(), MIN_LENGTH, p.length()));
        }
        if (p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            problems.add(Problem.of("password.tooLong", "password: expected at most " + MAX_LENGTH + " bytes", MAX_LENGTH));
        }
        if (!p.isEmpty() && username != null && p.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of("password.containsUsername", "password: must not contain the user name"));
        }
        if (repeated != null && !p.equals(repeated)) {
            problems.add(Problem.of("password.repeatDiffers", "password: the repeated password differs"));
        }
        return problems;
    }
}
