package nl.doorstroom.web.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends the page sessions of an account whose password changed or that was deactivated, on every instance. */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions.getIfAvailable();
    }

    @EventListener
    void accountChanged(AccountChanged event) {
        if (sessions != null) {
            sessions.findByPrincipalName(event.username()).keySet().forEach(sessions::deleteById);
        }
    }
}
