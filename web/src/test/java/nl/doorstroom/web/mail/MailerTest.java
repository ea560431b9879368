package nl.doorstroom.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import nl.doorstroom.web.WebIntegrationTest;

/**
 * The tests' application has a mail server (GreenMail, a real SMTP server): mail is sent after its transaction
 * commits and listed as sent. Without one, as in the embedded default, mail is only kept.
 */
class MailerTest extends WebIntegrationTest {

    @Autowired
    Mailer mailer;
    @Autowired
    MailRepository repository;
    @Autowired
    MailTemplates templates;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aMailWithAnAttachmentArrivesAtTheMailServerInTheRecipientsLanguage() throws Exception {
        String to = "ontvanger-" + System.nanoTime() + "@gemeente.example.nl";

        long id = mailer.send(to, Locale.ENGLISH, "mail.reset.subject", "password-reset",
                Map.of("link", "http://localhost/password/abc", "username", "anna", "minutes", 60L),
                List.of(new Mail.Attachment("rooster.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes())));

        MimeMessage received = await().atMost(Duration.ofSeconds(10)).until(() -> receivedBy(to), m -> m != null);
        assertThat(received.getSubject()).isEqualTo("New password for Doorstroom");
        assertThat(GreenMailUtil.getBody(received)).contains("http://localhost/password/abc");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("rooster.ics");
        await().atMost(Duration.ofSeconds(5)).until(() -> status(id).equals("SENT"));
    }

    @Test
    void aMailWrittenInATransactionThatRollsBackIsNeitherSentNorKept() {
        String to = "nooit-" + System.nanoTime() + "@gemeente.example.nl";

        transaction.executeWithoutResult(status -> {
            mailer.send(to, Locale.forLanguageTag("nl"), "mail.reset.subject", "password-reset",
                    Map.of("link", "x", "username", "anna", "minutes", 60L), List.of());
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from mail_message where recipient = ?").param(to).query(Integer.class).single())
                .isZero();
        assertThat(receivedBy(to)).isNull();
    }

    @Test
    void withoutAMailServerMailIsKeptForTheCoordinatorToRead() {
        Mailer withoutServer = new Mailer(repository, templates, new ObjectProvider<JavaMailSender>() {
            @Override
            public JavaMailSender getObject() {
                return null;
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return null;
            }
        }, "Doorstroom <noreply@doorstroom.invalid>");
        String to = "bewaard-" + System.nanoTime() + "@gemeente.example.nl";

        long id = withoutServer.send(to, Locale.forLanguageTag("nl"), "mail.reset.subject", "password-reset",
                Map.of("link", "http://localhost/password/xyz", "username", "anna", "minutes", 60L), List.of());

        assertThat(withoutServer.sends()).isFalse();
        assertThat(status(id)).isEqualTo("KEPT");
        assertThat(repository.latest(50)).filteredOn(m -> m.id() == id).singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("Nieuw wachtwoord voor Doorstroom");
                    assertThat(m.body()).contains("http://localhost/password/xyz").contains("Beste,");
                });
        assertThat(receivedBy(to)).isNull();
    }

    private String status(long id) {
        return jdbc.sql("select status from mail_message where id = ?").param(id).query(String.class).single();
    }

    static MimeMessage receivedBy(String to) {
        for (MimeMessage message : MAIL_SERVER.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equals(to)) {
                    return message;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
