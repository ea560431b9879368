package nl.doorstroom.web.mail;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Verzonden berichten": what Doorstroom mailed, newest first; without a mail server, the only place to read it. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class SentMessagesPage {

    static final int SHOWN = 200;

    private final MailRepository repository;
    private final Mailer mailer;

    SentMessagesPage(MailRepository repository, Mailer mailer) {
        this.repository = repository;
        this.mailer = mailer;
    }

    @GetMapping("/mail")
    String page(Model model) {
        model.addAttribute("messages", repository.latest(SHOWN));
        model.addAttribute("sends", mailer.sends());
        return "mail/messages";
    }
}
