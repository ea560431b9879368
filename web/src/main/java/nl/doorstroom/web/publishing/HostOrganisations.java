package nl.doorstroom.web.publishing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.programme.OrganisationRepository;

/**
 * The organisations a published version names, as the solver's domain objects. A version may name a host
 * the programme no longer mentions (its capacity was withdrawn later), so the plan's own list is not enough.
 */
@Component
public class HostOrganisations {

    private final OrganisationRepository organisations;

    HostOrganisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** Finds an organisation by code, first in the plan, then among the programme's; null for a null code. */
    public Function<String, Organisation> lookup(long programmeId, Plan plan) {
        Map<String, Organisation> byCode = new HashMap<>();
        plan.getOrganisations().forEach(o -> byCode.put(o.getCode(), o));
        return code -> code == null ? null
                : byCode.computeIfAbsent(code, c -> organisations.ofProgramme(programmeId, c).orElse(null));
    }
}
