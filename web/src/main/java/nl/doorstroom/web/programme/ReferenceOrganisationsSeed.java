package nl.doorstroom.web.programme;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.io.ReferenceOrganisations;

/** Adds reference organisations the database does not know yet; never changes or removes stored ones. */
@Component
@Order(0)
class ReferenceOrganisationsSeed implements ApplicationRunner {

    private final OrganisationRepository organisations;

    ReferenceOrganisationsSeed(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        organisations.seed(ReferenceOrganisations.all());
    }
}
