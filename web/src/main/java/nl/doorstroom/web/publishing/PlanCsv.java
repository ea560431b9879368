package nl.doorstroom.web.publishing;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.PlacementsWriter;
import nl.doorstroom.web.programme.ProgrammeStore;

/**
 * A plan as the planner's placements.csv, so a coordinator can open it in a spreadsheet or feed it to
 * the command-line planner as the published plan.
 */
@Component
class PlanCsv {

    private final ProgrammeStore store;
    private final PublishedPlans published;
    private final HostOrganisations hosts;

    PlanCsv(ProgrammeStore store, PublishedPlans published, HostOrganisations hosts) {
        this.store = store;
        this.published = published;
        this.hosts = hosts;
    }

    @Transactional(readOnly = true)
    byte[] draft(long programmeId) {
        return csv(store.load(programmeId));
    }

    /**
     * The placements of a published version, written with today's facts about the participants (names,
     * commutes), which a version does not keep.
     */
    @Transactional(readOnly = true)
    byte[] version(long programmeId, int number) {
        Plan plan = store.load(programmeId);
        Function<String, Organisation> organisations = hosts.lookup(programmeId, plan);
        Map<String, PublishedPlans.Placement> rows = new HashMap<>();
        published.placements(programmeId, number).forEach(p -> rows.put(p.participantId() + "@" + p.periodId(), p));
        for (Placement placement : plan.getPlacements()) {
            PublishedPlans.Placement row = rows.get(placement.getId());
            placement.setHost(row == null ? null : organisations.apply(row.hostCode()));
            placement.setPinned(row != null && row.pinned());
        }
        return csv(plan);
    }

    private static byte[] csv(Plan plan) {
        StringWriter out = new StringWriter();
        PlacementsWriter.write(plan, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
