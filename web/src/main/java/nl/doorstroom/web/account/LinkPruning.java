package nl.doorstroom.web.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Long-expired password links are of no use to anyone; every instance may prune, the delete is idempotent. */
@Component
class LinkPruning {

    private static final Logger log = LoggerFactory.getLogger(LinkPruning.class);

    private final Accounts accounts;

    LinkPruning(Accounts accounts) {
        this.accounts = accounts;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void prune() {
        int pruned = accounts.pruneLinks();
        if (pruned > 0) {
            log.info("Pruned {} expired password links", pruned);
        }
    }
}
