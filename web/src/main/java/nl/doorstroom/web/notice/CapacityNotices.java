package nl.doorstroom.web.notice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import nl.doorstroom.web.account.Accounts;
import nl.doorstroom.web.account.PublicAddress;
import nl.doorstroom.web.capacity.CapacityChangedByCoordinator;
import nl.doorstroom.web.capacity.CapacityRepository;
import nl.doorstroom.web.invitation.HostContacts;
import nl.doorstroom.web.mail.Mail;
import nl.doorstroom.web.mail.Mailer;
import nl.doorstroom.web.programme.ProgrammeStore;

/**
 * Tells a host's contacts when the coordinator changed the capacity the host declared: what it was and what it
 * is now. After the change has committed and in a transaction of its own, so a notice never undoes the change.
 * A what-if variant is the coordinators' alone: changes in one tell nobody.
 */
@Component
class CapacityNotices {

    private static final Logger log = LoggerFactory.getLogger(CapacityNotices.class);

    private final HostContacts contacts;
    private final NoticeRecipients recipients;
    private final ProgrammeStore store;
    private final Mailer mailer;
    private final NoticeTexts texts;
    private final PublicAddress address;
    private final TransactionTemplate ownTransaction;

    private final Accounts accounts;

    CapacityNotices(HostContacts contacts, NoticeRecipients recipients, ProgrammeStore store, Mailer mailer,
            NoticeTexts texts, PublicAddress address, PlatformTransactionManager transactions, Accounts accounts) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.recipients = recipients;
        this.store = store;
        this.mailer = mailer;
        this.texts = texts;
        this.address = address;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void changed(CapacityChangedByCoordinator change) {
        try {
            ownTransaction.executeWithoutResult(status -> tell(change));
        } catch (RuntimeException e) {
            log.error("Host {} was not told of its changed capacity in programme {}", change.hostCode(),
                    change.programmeId(), e);
        }
    }

    private void tell(CapacityChangedByCoordinator change) {
        if (store.variantOf(change.programmeId()).isPresent()) {
            return;
        }
        String host = recipients.organisationName(change.programmeId(), change.hostCode());
        String programme = recipients.programmeName(change.programmeId());
        for (HostContacts.Contact contact : contacts.of(change.hostCode())) {
            Locale locale = accounts.languageOfAddress(contact.email());
            mailer.send(new Mail(contact.email(), locale, "mail.capacity.subject", List.of(programme),
                    "capacity-changed", Map.of("host", host, "programme", programme, "period", change.periodId(),
                            "before", texts.text("mail.capacity.was", locale, slot(change.before(), locale)),
                            "after", texts.text("mail.capacity.now", locale, slot(change.after(), locale)),
                            "link", address.of("/host")),
                    List.of()));
        }
    }

    private String slot(CapacityRepository.DeclarationView d, Locale locale) {
        if (d == null) {
            return texts.text("mail.capacity.none", locale);
        }
        return texts.text("mail.capacity.slot", locale, d.min(), d.max())
                + (d.discipline() == null || d.discipline().isBlank() ? ""
                        : texts.text("mail.capacity.discipline", locale, d.discipline()))
                + (d.maxSalaryScale() == null ? "" : texts.text("mail.capacity.ceiling", locale, d.maxSalaryScale()));
    }
}
