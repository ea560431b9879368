package nl.doorstroom.web.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The one way Doorstroom sends e-mail. Every message is kept in the database (the coordinator's page
 * "Verzonden berichten"); when a mail server is configured ({@code SPRING_MAIL_HOST}) it is also sent, but
 * only once the transaction that wrote it has committed, so a change that is rolled back mails nobody.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailRepository repository;
    private final MailTemplates templates;
    private final JavaMailSender sender;
    private final String from;

    Mailer(MailRepository repository, MailTemplates templates, ObjectProvider<JavaMailSender> sender,
            @Value("${doorstroom.mail.from}") String from) {
        this.repository = repository;
        this.templates = templates;
        this.sender = sender.getIfAvailable();
        this.from = from;
    }

    /** Whether mail leaves the application, or is only kept for the coordinator to read. */
    public boolean sends() {
        return sender != null;
    }

    public long send(String to, Locale locale, String subjectKey, String bodyTemplate, Map<String, Object> variables,
            List<Mail.Attachment> attachments) {
        return send(new Mail(to, locale, subjectKey, List.of(), bodyTemplate, variables, attachments));
    }

    public long send(Mail mail) {
        String subject = templates.subject(mail);
        String body = templates.body(mail);
        long id = repository.insert(mail.to(), subject, body,
                sender == null ? MailRepository.Status.KEPT : MailRepository.Status.PENDING, mail.attachments());
        if (sender == null) {
            return id;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(id, mail, subject, body);
                }
            });
        } else {
            deliver(id, mail, subject, body);
        }
        return id;
    }

    private void deliver(long id, Mail mail, String subject, String body) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(subject);
            helper.setText(body, false);
            for (Mail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            sender.send(message);
            repository.sent(id);
        } catch (MailException | MessagingException e) {
            // The message stays listed as failed; the person can be invited again or ask for a new link.
            log.warn("Mail {} to {} was not sent: {}", id, mail.to(), e.getMessage());
            repository.failed(id, e.getMessage());
        }
    }
}
