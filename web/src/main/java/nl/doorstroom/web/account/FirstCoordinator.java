package nl.doorstroom.web.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh installation has nobody to invite anyone. With {@code DOORSTROOM_FIRST_COORDINATOR_EMAIL} set, the
 * start creates that coordinator without a password and mails (and logs) a one-time link to set one. Once any
 * coordinator has a password the setting does nothing, so leaving it set is harmless.
 */
@Component
@Order(2)
class FirstCoordinator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstCoordinator.class);

    private final Accounts accounts;
    private final String email;

    FirstCoordinator(Accounts accounts, @Value("${doorstroom.first-coordinator-email:}") String email) {
        this.accounts = accounts;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            if (accounts.count() == 0) {
                log.warn("There are no accounts yet. Set DOORSTROOM_FIRST_COORDINATOR_EMAIL to the first coordinator's "
                        + "e-mail address and start again (README: \"The first coordinator\").");
            }
            return;
        }
        accounts.firstCoordinator(email, Locale.forLanguageTag("nl")).ifPresentOrElse(
                link -> log.warn("First coordinator {}: choose a password within the link's validity at {} "
                        + "(the link was also mailed, or kept under \"Verzonden berichten\" without a mail server)",
                        email.trim(), link),
                () -> log.info("DOORSTROOM_FIRST_COORDINATOR_EMAIL is set, but a coordinator exists already; "
                        + "coordinators invite others under Accounts"));
    }
}
