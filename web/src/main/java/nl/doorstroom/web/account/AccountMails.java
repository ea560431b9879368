package nl.doorstroom.web.account;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.doorstroom.web.mail.Mail;
import nl.doorstroom.web.mail.Mailer;
import nl.doorstroom.web.programme.OrganisationRepository;

/** The mails with a one-time link: an invitation, or a password reset. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final PublicAddress address;
    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final MessageSource messages;

    AccountMails(Mailer mailer, PublicAddress address, AccountRepository accounts,
            OrganisationRepository organisations, MessageSource messages) {
        this.mailer = mailer;
        this.address = address;
        this.accounts = accounts;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** Mails the link and answers it, for a log line when there is nobody to read the mail yet. */
    String invitation(Account account, String token, Duration validFor, Locale locale) {
        String link = address.of("/password/" + token);
        mailer.send(new Mail(account.email(), locale, "mail.invitation.subject", List.of(), "invitation",
                Map.of("link", link, "role", roleText(account, locale), "username", account.username(),
                        "days", Math.max(1, validFor.toDays()), "hours", validFor.toHours()),
                List.of()));
        return link;
    }

    void reset(Account account, String token, Duration validFor, Locale locale) {
        String link = address.of("/password/" + token);
        mailer.send(new Mail(account.email(), locale, "mail.reset.subject", List.of(), "password-reset",
                Map.of("link", link, "username", account.username(), "minutes", validFor.toMinutes()), List.of()));
    }

    private String roleText(Account account, Locale locale) {
        return switch (account.role()) {
            case COORDINATOR -> messages.getMessage("mail.role.COORDINATOR", null, locale);
            case HOST -> messages.getMessage("mail.role.HOST",
                    new Object[] {organisations.nameOf(account.organisationCode()).orElse(account.organisationCode())},
                    locale);
            case PARTICIPANT -> messages.getMessage("mail.role.PARTICIPANT",
                    new Object[] {accounts.programmeName(account.programmeId()).orElse("")}, locale);
        };
    }
}
