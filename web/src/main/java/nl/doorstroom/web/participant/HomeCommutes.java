package nl.doorstroom.web.participant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.web.programme.OrganisationRepository;
import nl.doorstroom.web.programme.ParticipantRepository;

/**
 * A participant's commutes to a few hosts as the solver counts them ({@link Commute}): the known distance where
 * the programme gave one, else the estimate from the stored home position. The same answer as the participant in
 * a loaded plan, without loading the programme for every request (while a programme is being solved, its plan
 * changes every second).
 */
@Component
class HomeCommutes {

    /** Commutes by host code; a host without a position gets none. */
    record Commutes(Map<String, Commute> byHost) {
    }

    private final ParticipantRepository participants;
    private final OrganisationRepository organisations;

    HomeCommutes(ParticipantRepository participants, OrganisationRepository organisations) {
        this.participants = participants;
        this.organisations = organisations;
    }

    /** Empty when the home position is not stored: then only the full plan knows. */
    Optional<Commutes> of(long programmeId, String participantId, List<String> hostCodes) {
        Optional<Location> home = participants.home(programmeId, participantId);
        if (home.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Commute> byHost = new HashMap<>();
        for (String code : hostCodes.stream().distinct().toList()) {
            organisations.ofProgramme(programmeId, code)
                    .ifPresent(host -> byHost.put(code, Commute.estimate(home.get(), host.getLocation())));
        }
        byHost.putAll(participants.knownCommutes(programmeId, participantId));
        return Optional.of(new Commutes(byHost));
    }
}
