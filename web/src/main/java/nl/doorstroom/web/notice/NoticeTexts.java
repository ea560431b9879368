package nl.doorstroom.web.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The lines of a notice in the recipient's language. Accounts and participants hold no language, so notices are
 * Dutch, the programmes' language; the bundles have English for when they do.
 */
@Component
class NoticeTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
