package nl.doorstroom.web.notice;

import java.util.ArrayList;
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
import nl.doorstroom.web.invitation.HostContacts;
import nl.doorstroom.web.mail.Mail;
import nl.doorstroom.web.mail.Mailer;
import nl.doorstroom.web.participant.ParticipantCalendars;
import nl.doorstroom.web.participant.PlacementCalendar;
import nl.doorstroom.web.publishing.PlanPublished;
import nl.doorstroom.web.publishing.PublishedPlans;

/**
 * Tells the people a published version concerns: each participant whose placements changed (or who appears for
 * the first time) at their own address, and each host whose incoming participants changed at its contacts'
 * addresses, with the placements in words and as a calendar (.ics). Runs once the publication has committed, in a
 * transaction of its own: whatever goes wrong here leaves the version published, and is written on the version
 * for the coordinator to read. A mail server that refuses a message marks that message failed (Mailer).
 */
@Component
class PublicationNotices {

    private static final Logger log = LoggerFactory.getLogger(PublicationNotices.class);
    private static final String CALENDAR = "text/calendar; charset=UTF-8";

    private final PublishedPlans published;
    private final NoticeRecipients recipients;
    private final HostContacts contacts;
    private final ParticipantCalendars calendars;
    private final Mailer mailer;
    private final NoticeTexts texts;
    private final PublicAddress address;
    private final TransactionTemplate ownTransaction;
    private final Accounts accounts;

    PublicationNotices(PublishedPlans published, NoticeRecipients recipients, HostContacts contacts,
            ParticipantCalendars calendars, Mailer mailer, NoticeTexts texts, PublicAddress address,
            PlatformTransactionManager transactions, Accounts accounts) {
        this.accounts = accounts;
        this.published = published;
        this.recipients = recipients;
        this.contacts = contacts;
        this.calendars = calendars;
        this.mailer = mailer;
        this.texts = texts;
        this.address = address;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    record Told(int participants, int hostContacts) {
    }

    @TransactionalEventListener
    void published(PlanPublished event) {
        try {
            Told told = ownTransaction.execute(status -> tell(event));
            ownTransaction.executeWithoutResult(status -> published.told(event.programmeId(), event.number(),
                    told.participants(), told.hostContacts()));
        } catch (RuntimeException e) {
            log.error("Nobody was told about version {} of programme {}", event.number(), event.programmeId(), e);
            try {
                ownTransaction.executeWithoutResult(status -> published.notTold(event.programmeId(), event.number(),
                        String.valueOf(e.getMessage())));
            } catch (RuntimeException again) {
                log.error("Could not record that nobody was told", again);
            }
        }
    }

    private Told tell(PlanPublished event) {
        long programmeId = event.programmeId();
        List<PublishedPlans.Placement> after = published.placements(programmeId, event.number());
        List<PublishedPlans.Placement> before = event.previous() == 0 ? List.of()
                : published.placements(programmeId, event.previous());
        PlacementChanges changes = PlacementChanges.between(before, after);
        String programme = recipients.programmeName(programmeId);
        Map<String, String> addresses = recipients.participantAddresses(programmeId);
        int participants = 0;
        for (String participantId : changes.participants()) {
            String to = addresses.get(participantId);
            if (to != null) {
                tellParticipant(to, programmeId, participantId, programme, event.number(), after, changes);
                participants++;
            }
        }
        int hostContacts = 0;
        for (String host : changes.hosts()) {
            for (HostContacts.Contact contact : contacts.of(host)) {
                tellHost(contact.email(), programmeId, host, programme, event.number(), after);
                hostContacts++;
            }
        }
        return new Told(participants, hostContacts);
    }

    private void tellParticipant(String to, long programmeId, String participantId, String programme, int version,
            List<PublishedPlans.Placement> placements, PlacementChanges changes) {
        Locale locale = accounts.languageOfParticipant(programmeId, participantId);
        List<String> lines = new ArrayList<>();
        for (PublishedPlans.Placement p : placements) {
            if (!p.participantId().equals(participantId)) {
                continue;
            }
            boolean changed = changes.changedPlacements().contains(PlacementChanges.id(p));
            lines.add(p.hostCode() == null
                    ? texts.text("mail.placements.between", locale, p.periodId(), NoticeTexts.date(p.start()),
                            NoticeTexts.date(p.end()))
                    : texts.text(changed ? "mail.placements.lineChanged" : "mail.placements.line", locale,
                            p.periodId(), NoticeTexts.date(p.start()), NoticeTexts.date(p.end()), p.hostName(),
                            p.hostTown()));
        }
        mailer.send(new Mail(to, locale, "mail.placements.subject", List.of(programme, version), "placements",
                Map.of("programme", programme, "version", version, "lines", String.join("\n", lines),
                        "link", address.of("/me")),
                List.of(new Mail.Attachment("doorstroom.ics", CALENDAR, calendars.of(programmeId, participantId)))));
    }

    private void tellHost(String to, long programmeId, String host, String programme, int version,
            List<PublishedPlans.Placement> placements) {
        Locale locale = accounts.languageOfAddress(to);
        List<PublishedPlans.Placement> incoming = PlacementChanges.at(host, placements);
        List<String> lines = incoming.stream()
                .sorted(java.util.Comparator.comparing(PublishedPlans.Placement::start)
                        .thenComparing(PublishedPlans.Placement::participantName))
                .map(p -> texts.text("mail.incoming.line", locale, p.periodId(), NoticeTexts.date(p.start()),
                        NoticeTexts.date(p.end()), p.participantName(),
                        p.discipline() == null || p.discipline().isBlank() ? ""
                                : texts.text("mail.incoming.discipline", locale, p.discipline())))
                .toList();
        String hostName = recipients.organisationName(programmeId, host);
        mailer.send(new Mail(to, locale, "mail.incoming.subject", List.of(hostName, programme, version), "incoming",
                Map.of("host", hostName, "programme", programme, "version", version,
                        "lines", lines.isEmpty() ? texts.text("mail.incoming.nobody", locale) : String.join("\n", lines),
                        "link", address.of("/host")),
                List.of(new Mail.Attachment("doorstroom-" + host + ".ics", CALENDAR,
                        PlacementCalendar.incoming(programmeId, host, incoming)))));
    }
}
