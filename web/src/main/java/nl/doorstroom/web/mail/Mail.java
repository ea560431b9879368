package nl.doorstroom.web.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One e-mail to write: the subject is a message key (with arguments), the body a text template under
 * {@code templates/mail/} filled with the variables, both in the recipient's language.
 */
public record Mail(String to, Locale locale, String subjectKey, List<Object> subjectArgs, String bodyTemplate,
        Map<String, Object> variables, List<Attachment> attachments) {

    /** A file sent with the mail, such as a calendar (.ics). */
    public record Attachment(String filename, String contentType, byte[] content) {
    }

    public Mail {
        subjectArgs = List.copyOf(subjectArgs);
        variables = Map.copyOf(variables);
        attachments = List.copyOf(attachments);
    }
}
