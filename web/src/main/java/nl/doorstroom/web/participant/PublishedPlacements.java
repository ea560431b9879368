package nl.doorstroom.web.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.publishing.HostOrganisations;
import nl.doorstroom.web.publishing.PublishedPlans;
import nl.doorstroom.web.system.NotFoundException;

/** One participant's placements in the latest published version: never the draft. */
@Service
class PublishedPlacements {

    private final PublishedPlans published;
    private final ProgrammeStore store;
    private final HostOrganisations hosts;
    private final Clock clock;
    private final HomeCommutes commutes;

    PublishedPlacements(PublishedPlans published, ProgrammeStore store, HostOrganisations hosts, Clock clock,
            HomeCommutes commutes) {
        this.published = published;
        this.store = store;
        this.hosts = hosts;
        this.clock = clock;
        this.commutes = commutes;
    }

    /** Empty before the first publication. */
    @Transactional(readOnly = true)
    List<PlacementView> of(long programmeId, String participantId) {
        List<PublishedPlans.Placement> placements = published.latestOf(programmeId, participantId);
        if (placements.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        // The commute comes from the solver's own model (known distances, else the estimate), as in the plan; read
        // straight from the database, because loading the whole programme for each request costs the most.
        Optional<HomeCommutes.Commutes> direct = commutes.of(programmeId, participantId,
                placements.stream().map(PublishedPlans.Placement::hostCode).filter(java.util.Objects::nonNull).toList());
        if (direct.isPresent()) {
            return placements.stream().map(p -> view(p, p.hostCode() == null ? null : direct.get().byHost().get(p.hostCode()),
                    today)).toList();
        }
        Plan plan = store.load(programmeId);
        Participant participant = plan.getParticipants().stream().filter(p -> p.getId().equals(participantId))
                .findFirst().orElseThrow(() -> new NotFoundException("no participant " + participantId));
        Function<String, Organisation> organisations = hosts.lookup(programmeId, plan);
        return placements.stream().map(p -> {
            Organisation host = organisations.apply(p.hostCode());
            return view(p, host == null ? null : participant.commuteTo(host), today);
        }).toList();
    }

    private static PlacementView view(PublishedPlans.Placement p, Commute commute, LocalDate today) {
        return new PlacementView(p.periodId(), p.start(), p.end(), p.hostCode(), p.hostName(), p.hostTown(),
                p.hostLayer(), commute == null ? null : commute.km(), commute == null ? null : commute.minutes(),
                PlacementView.When.of(p.start(), p.end(), today));
    }
}
