package nl.doorstroom.web.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A recorded change in a person's words: the kind of change named ("Plaatsing verplaatst"), and of before and
 * after only the fields that differ, each under its label ("Gastorganisatie: GM0363 → GM0796"), so a coordinator
 * never reads a record's text.
 */
@Component
class ChangeWording {

    /** One changed field; {@code label} is null for a value that is words already. */
    record Detail(String label, String before, String after) {
    }

    /** An entry as the page and the download show it. */
    record Line(AuditTrail.Entry entry, String action, String subject, List<Detail> details) {

        String detailsText() {
            return details.stream().map(d -> (d.label() == null ? "" : d.label() + ": ")
                    + (d.before() == null ? "" : d.before() + " → ") + Objects.toString(d.after(), ""))
                    .collect(Collectors.joining("; "));
        }
    }

    /** Fields that only the software needs: versions for optimistic locking, database ids. */
    private static final Set<String> TECHNICAL = Set.of("id", "version", "programmeId");

    private final MessageSource messages;

    ChangeWording(MessageSource messages) {
        this.messages = messages;
    }

    Line line(AuditTrail.Entry entry, Locale locale) {
        return new Line(entry, words("audit.action." + entry.action(), entry.action(), locale),
                subject(entry.subject(), locale), details(entry.before(), entry.after(), locale));
    }

    String kind(String kind, Locale locale) {
        return words("audit.kind." + kind, kind, locale);
    }

    List<Detail> details(String beforeText, String afterText, Locale locale) {
        RecordedValue before = RecordedValue.parse(beforeText);
        RecordedValue after = RecordedValue.parse(afterText);
        List<Detail> details = new ArrayList<>();
        if (before.isRecord() || after.isRecord()) {
            Set<String> fields = new LinkedHashSet<>(after.fields().keySet());
            fields.addAll(before.fields().keySet());
            for (String field : fields) {
                String was = before.fields().get(field);
                String is = after.fields().get(field);
                if (TECHNICAL.contains(field) || (before.isRecord() && after.isRecord() && Objects.equals(was, is))) {
                    continue;
                }
                details.add(new Detail(words("audit.field." + field, field, locale),
                        before.isRecord() ? value(was, locale) : null, after.isRecord() ? value(is, locale) : null));
            }
        }
        String wasWords = before.isRecord() ? before.remark() : plain(beforeText);
        String isWords = after.isRecord() ? after.remark() : plain(afterText);
        if (wasWords != null || isWords != null) {
            details.add(new Detail(null, wasWords, isWords));
        }
        return details;
    }

    /** "placement T1@2027-H1" reads "plaatsing T1@2027-H1": the first word is the kind of thing. */
    private String subject(String subject, Locale locale) {
        int space = subject.indexOf(' ');
        if (space < 0) {
            return subject;
        }
        String thing = subject.substring(0, space);
        return words("audit.subject." + thing, thing, locale) + subject.substring(space);
    }

    private String value(String value, Locale locale) {
        if (value == null || value.isEmpty() || value.equals("null")) {
            return messages.getMessage("audit.nothing", null, locale);
        }
        if (value.equals("true") || value.equals("false")) {
            return messages.getMessage("audit." + value, null, locale);
        }
        return value;
    }

    private static String plain(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String words(String key, String otherwise, Locale locale) {
        return messages.getMessage(key, null, otherwise, locale);
    }
}
