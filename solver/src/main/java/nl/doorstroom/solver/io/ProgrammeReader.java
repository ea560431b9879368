package nl.doorstroom.solver.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.CompatibilityTable;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.PossibleHosts;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Wish;

/**
 * Reads a programme folder (see data/README.md) into a plan ready to solve.
 * A programme is read whole or not at all: every problem in every file is collected first and then
 * thrown together as an {@link InvalidInputException}.
 */
public final class ProgrammeReader {

    private ProgrammeReader() {
    }

    public static Plan read(Path folder) {
        return read(ProgrammeSource.folder(folder));
    }

    public static Plan read(ProgrammeSource source) {
        ReadContext context = new ReadContext(source);
        Optional<Settings> settings = Settings.read(context);
        Periods periods = settings.map(s -> Periods.generate(s.firstPeriodStart(), s.periodCount(), s.rotationMonths()))
                .orElse(Periods.unknown());
        Organisations organisations = Organisations.read(context);
        CompatibilityTable compatibility = CompatibilityReader.read(context);
        Participants participants = ParticipantsReader.read(context, organisations, periods);
        List<CapacityDeclaration> capacity = CapacityReader.read(context, organisations, periods);
        List<Wish> wishes = WishesReader.read(context, organisations, periods, participants);
        Map<String, PlacementsReader.Published> published =
                PlacementsReader.read(context, organisations, periods, participants);
        context.problems.throwIfAny();

        Settings s = settings.orElseThrow();
        Programme programme = new Programme(s.name(), s.rotationMonths(), periods.list(), s.maxCommuteKm(),
                s.layerVarietyTarget(), compatibility, s.weights());
        CapacityDeclaration.linkSlots(capacity);
        List<Placement> placements = placements(participants.list(), periods.list(),
                new PossibleHosts(programme, capacity), published);
        List<Organisation> referenced = referenced(participants.list(), capacity, wishes, placements, organisations);
        Plan plan = new Plan(programme, new ArrayList<>(referenced), new ArrayList<>(participants.list()), capacity,
                wishes, placements);
        PinnedPlacementCheck.check(plan, published, context.problems);
        context.problems.throwIfAny();
        return plan;
    }

    private static List<Placement> placements(List<Participant> participants, List<Period> periods,
            PossibleHosts possibleHosts, Map<String, PlacementsReader.Published> published) {
        List<Placement> placements = new ArrayList<>();
        for (Participant participant : participants) {
            for (Period period : periods) {
                if (!participant.isPlannedIn(period)) {
                    continue;
                }
                PlacementsReader.Published row = published.get(Placement.idOf(participant, period));
                Placement placement = new Placement(participant, period,
                        List.copyOf(possibleHosts.possible(participant, period).keySet()));
                if (row != null) {
                    placement.setHost(row.host());
                    placement.setPinned(row.pinned());
                    if (!row.pinned()) {
                        placement.setPublishedHost(row.host());
                    }
                }
                placements.add(placement);
            }
        }
        return placements;
    }

    /** Only the organisations the plan mentions, so the solver's facts stay small. */
    private static List<Organisation> referenced(List<Participant> participants, List<CapacityDeclaration> capacity,
            List<Wish> wishes, List<Placement> placements, Organisations organisations) {
        Set<Organisation> referenced = new LinkedHashSet<>();
        capacity.forEach(c -> referenced.add(c.getHost()));
        for (Participant participant : participants) {
            referenced.add(participant.getEmployer());
            participant.getHistory().stream().map(HistoryEntry::host).forEach(referenced::add);
            participant.getKnownCommutes().keySet().forEach(code -> referenced.add(organisations.byCode().get(code)));
        }
        wishes.forEach(w -> referenced.add(w.host()));
        placements.stream().map(Placement::getHost).filter(h -> h != null).forEach(referenced::add);
        return referenced.stream().sorted(Comparator.comparing(Organisation::getCode)).toList();
    }
}
