package nl.doorstroom.web.account;

import java.util.Locale;
import java.util.regex.Pattern;

import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.Problem;

/** E-mail addresses as Doorstroom keeps and compares them: trimmed and in lower case. */
public final class EmailAddresses {

    /** Deliberately loose: one @, something on both sides, a dot in the domain; the mail server decides the rest. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    /** @throws BadRequestException when it is no plausible address */
    public static String normalise(String address) {
        String trimmed = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        if (trimmed.length() > 254 || !PLAUSIBLE.matcher(trimmed).matches()) {
            throw new BadRequestException(Problem.of("email.invalid",
                    "email: expected an e-mail address such as naam@gemeente.nl, got '" + abbreviate(address) + "'",
                    abbreviate(address)));
        }
        return trimmed;
    }

    public static boolean isPlausible(String address) {
        return address != null && PLAUSIBLE.matcher(address.trim()).matches() && address.trim().length() <= 254;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
