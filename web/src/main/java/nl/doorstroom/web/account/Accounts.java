package nl.doorstroom.web.account;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.Problem;

/** Creates, invites and (de)activates accounts; passwords are stored only as hashes. */
@Service
public class Accounts {

    /** What an invitation did for one address. */
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    public enum Outcome {
        /** A new account, or one still without a password: a link was mailed. */
        INVITED,
        /** The account has a password already; nothing was sent. */
        ALREADY_ACTIVE
    }

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    /** No look-alike characters (0/O, 1/l/I), so a printed password can be typed over. */
    private static final String PASSWORD_CHARACTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository repository;
    private final JdbcAggregateTemplate aggregates;
    private final PasswordEncoder passwordEncoder;
    private final PasswordLinks links;
    private final AccountMails mails;
    private final AccountProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Accounts(AccountRepository repository, JdbcAggregateTemplate aggregates, PasswordEncoder passwordEncoder,
            PasswordLinks links, AccountMails mails, AccountProperties properties, AuditLog audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.aggregates = aggregates;
        this.passwordEncoder = passwordEncoder;
        this.links = links;
        this.mails = mails;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
    }

    public static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
    }

    // ---- accounts with a known password: the demo and tests

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

    // ---- invitations: the account is made now, the password by its holder through a mailed link

    @Transactional
    public Outcome inviteCoordinator(String email, String by, Locale locale) {
        return invite(Account.coordinator(null, null), email, by, locale);
    }

    @Transactional
    public Outcome inviteHost(String organisationCode, String email, String by, Locale locale) {
        return invite(Account.host(null, null, organisationCode), email, by, locale);
    }

    @Transactional
    public Outcome inviteParticipant(long programmeId, String participantId, String email, String by, Locale locale) {
        return invite(Account.participant(null, null, programmeId, participantId), email, by, locale);
    }

    /**
     * The account for this address acting as the template says, created if need be, and a link to set its
     * password. An address that already belongs to an account acting as someone else is refused.
     */
    private Outcome invite(Account template, String email, String by, Locale locale) {
        String address = EmailAddresses.normalise(email);
        Optional<Account> existing = repository.findByEmail(address);
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
            if (!account.actsAs(template)) {
                throw new BadRequestException(Problem.of("email.otherAccount",
                        "email: " + address + " already belongs to another account (" + account.username() + ")",
                        address, account.username()));
            }
            if (account.hasPassword()) {
                return Outcome.ALREADY_ACTIVE;
            }
        } else {
            if (repository.existsById(address)) {
                throw new BadRequestException(Problem.of("email.otherAccount",
                        "email: " + address + " is already the user name of another account", address, address));
            }
            account = new Account(address, null, template.role(), template.organisationCode(),
                    template.programmeId(), template.participantId(), true, address);
            aggregates.insert(account);
            audit.record(by, "account.invite", template.programmeId(), about(account), "account " + address, null, describe(account));
        }
        String token = links.issue(account.username(), PasswordLinks.Purpose.INVITATION, properties.invitationValidity());
        mails.invitation(account, token, properties.invitationValidity(), locale);
        return Outcome.INVITED;
    }

    /**
     * The first coordinator of a fresh installation, from the operator's setting: created without a password,
     * with a link to set one. Answers the link, or nothing when there is nothing to do.
     */
    @Transactional
    public Optional<String> firstCoordinator(String email, Locale locale) {
        String address = EmailAddresses.normalise(email);
        Optional<Account> existing = repository.findByEmail(address);
        if (existing.isPresent() && (existing.get().role() != Role.COORDINATOR || existing.get().hasPassword())) {
            return Optional.empty();
        }
        if (existing.isEmpty() && repository.hasActiveCoordinator()) {
            return Optional.empty();
        }
        Account account = existing.orElseGet(() -> {
            Account created = Account.coordinator(address, null).withEmail(address);
            aggregates.insert(created);
            audit.record("setup", "account.firstCoordinator", null, "account " + address, null, describe(created));
            return created;
        });
        String token = links.issue(account.username(), PasswordLinks.Purpose.INVITATION, properties.invitationValidity());
        return Optional.of(mails.invitation(account, token, properties.invitationValidity(), locale));
    }

    // ---- passwords

    /** Who a still usable link is for, to greet them on the page where they choose a password. */
    public Optional<String> linkHolder(String token) {
        return links.holder(token).map(PasswordLinks.Holder::username);
    }

    /**
     * Sets the password of the link's holder and uses the link up, in one transaction.
     *
     * @throws BadRequestException when the password does not meet the rules (the link stays usable)
     * @throws NotFoundException when the link is unknown, used or expired
     */
    @Transactional
    public String setPasswordWithLink(String token, String password, String repeated) {
        PasswordLinks.Holder holder = links.holder(token)
                .orElseThrow(() -> new NotFoundException("this link is unknown, used or expired"));
        List<Problem> problems = PasswordRules.check(password, repeated, holder.username());
        if (!problems.isEmpty()) {
            throw BadRequestException.of(problems);
        }
        String username = links.redeem(token)
                .orElseThrow(() -> new NotFoundException("this link is unknown, used or expired"));
        repository.setPassword(username, passwordEncoder.encode(password));
        links.expireAll(username);
        audit.record(username, "account.password", null, "account " + username, null,
                holder.purpose() == PasswordLinks.Purpose.INVITATION ? "set (invitation)" : "set (reset)");
        events.publishEvent(new AccountChanged(username));
        return username;
    }

    /**
     * Mails a reset link when the address belongs to an active account, at most one every five minutes; says
     * nothing either way, so the answer tells no one which addresses have an account.
     */
    @Transactional
    public void requestReset(String email, Locale locale) {
        if (!EmailAddresses.isPlausible(email)) {
            return;
        }
        repository.findByEmail(email.trim()).filter(Account::enabled)
                .filter(a -> !links.issuedSince(a.username(), java.time.Duration.ofMinutes(5)))
                .ifPresent(account -> {
                    String token = links.issue(account.username(), PasswordLinks.Purpose.RESET, properties.resetValidity());
                    mails.reset(account, token, properties.resetValidity(), locale);
                    log.info("Password reset link mailed for {}", account.username());
                });
    }

    // ---- administration

    @Transactional
    public void setEnabled(String username, boolean enabled, String by) {
        Account account = repository.findById(username)
                .orElseThrow(() -> new NotFoundException("no account " + username));
        if (!enabled && username.equals(by)) {
            throw new BadRequestException(Problem.of("account.notYourself",
                    "you cannot deactivate your own account; ask another coordinator"));
        }
        repository.setEnabled(username, enabled);
        audit.record(by, enabled ? "account.activate" : "account.deactivate", account.programmeId(), about(account),
                "account " + username,
                String.valueOf(account.enabled()), String.valueOf(enabled));
        events.publishEvent(new AccountChanged(username));
    }

    public List<Account> list() {
        return new ArrayList<>(repository.listAll());
    }

    public boolean exists(String username) {
        return repository.existsById(username);
    }

    public Optional<Account> find(String username) {
        return repository.findById(username);
    }

    public Optional<Account> findByEmail(String email) {
        return repository.findByEmail(email.trim());
    }

    public long count() {
        return repository.count();
    }

    /** Remembers the language a person chose on the site; only Dutch and English are offered. */
    @Transactional
    public void rememberLanguage(String username, Locale chosen) {
        String language = chosen.getLanguage();
        if (language.equals("nl") || language.equals("en")) {
            repository.setLanguage(username, language);
        }
    }

    /** The language of the account with this address, Dutch when there is none or it never chose. */
    public Locale languageOfAddress(String email) {
        return repository.languageOfAddress(email.trim()).map(Locale::forLanguageTag).orElse(DUTCH);
    }

    /** The language of the participant's account, Dutch when there is none or it never chose. */
    public Locale languageOfParticipant(long programmeId, String participantId) {
        return repository.languageOfParticipant(programmeId, participantId).map(Locale::forLanguageTag).orElse(DUTCH);
    }

    int pruneLinks() {
        return links.pruneExpired();
    }

    private static AuditLog.About about(Account account) {
        return new AuditLog.About(account.participantId(),
                account.organisationCode() == null ? List.of() : List.of(account.organisationCode()));
    }

    private static String describe(Account account) {
        return switch (account.role()) {
            case COORDINATOR -> "coordinator";
            case HOST -> "host " + account.organisationCode();
            case PARTICIPANT -> "participant " + account.participantId() + " of programme " + account.programmeId();
        };
    }
}
