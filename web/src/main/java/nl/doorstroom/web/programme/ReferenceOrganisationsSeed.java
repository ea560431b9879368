package nl.doorstroom.web.programme;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.io.ReferenceOrganisations;

/** Adds reference organisations the database does not know yet; never changes or removes stored ones. */
@Component
@Order(0)
class ReferenceOrganisationsSeed implements ApplicationRunner {

    private final JdbcClient jdbc;

    ReferenceOrganisationsSeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Organisation o : ReferenceOrganisations.all()) {
            jdbc.sql("""
                    insert into organisation (code, name, layer, sector, town, latitude, longitude)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
                    .params(o.getCode(), o.getName(), o.getLayer().name(), o.getSector().name(), o.getTown(),
                            o.getLocation().latitude(), o.getLocation().longitude())
                    .update();
        }
    }
}
