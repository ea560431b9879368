package nl.doorstroom.web.mail;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The sent messages for scripts: the same list as the coordinator's page. */
@RestController
@RequestMapping("/api/mail")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Mail", description = "Messages Doorstroom wrote (kept always, sent when a mail server is configured)")
class SentMessagesController {

    private final MailRepository repository;

    SentMessagesController(MailRepository repository) {
        this.repository = repository;
    }

    @GetMapping
    @Operation(summary = "The latest messages, newest first: recipient, subject, body, status (KEPT, PENDING, SENT, FAILED)")
    List<MailRepository.StoredMail> latest(@RequestParam(defaultValue = "50") int limit) {
        return repository.latest(Math.max(1, Math.min(limit, SentMessagesPage.SHOWN)));
    }
}
