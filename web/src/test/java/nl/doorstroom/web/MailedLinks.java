package nl.doorstroom.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The one-time link in the latest mail to an address, as its recipient would click it. */
public final class MailedLinks {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/password/[A-Za-z0-9_-]+");

    private MailedLinks() {
    }

    /** Waits for a mail to the address that holds a link other than the ones given, and answers its path. */
    public static String awaitLink(GreenMail server, String to, String... seen) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> latestLink(server, to, java.util.Set.of(seen)), link -> link != null);
    }

    private static String latestLink(GreenMail server, String to, java.util.Set<String> seen) throws MessagingException {
        String found = null;
        for (MimeMessage message : server.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(to)) {
                Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
                if (link.find()) {
                    String path = link.group().replaceFirst("https?://[^/]+", "");
                    if (!seen.contains(path)) {
                        found = path;
                    }
                }
            }
        }
        return found;
    }
}
