package nl.doorstroom.web.account;

import java.security.SecureRandom;
import java.util.Optional;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts; passwords are stored only as hashes. */
@Service
public class Accounts {

    /** No look-alike characters (0/O, 1/l/I), so a printed password can be typed over. */
    private static final String PASSWORD_CHARACTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository repository;
    private final JdbcAggregateTemplate aggregates;
    private final PasswordEncoder passwordEncoder;

    Accounts(AccountRepository repository, JdbcAggregateTemplate aggregates, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.aggregates = aggregates;
        this.passwordEncoder = passwordEncoder;
    }

    public static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
    }

    @Transactional
    public void createCoordinator(String username, String password) {
        aggregates.insert(Account.coordinator(username, passwordEncoder.encode(password)));
    }

    @Transactional
    public void createHost(String username, String password, String organisationCode) {
        aggregates.insert(Account.host(username, passwordEncoder.encode(password), organisationCode));
    }

    @Transactional
    public void createParticipant(String username, String password, long programmeId, String participantId) {
        aggregates.insert(Account.participant(username, passwordEncoder.encode(password), programmeId, participantId));
    }

    public boolean exists(String username) {
        return repository.existsById(username);
    }

    public Optional<Account> find(String username) {
        return repository.findById(username);
    }

    public long count() {
        return repository.count();
    }
}
