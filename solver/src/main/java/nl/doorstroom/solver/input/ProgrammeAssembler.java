package nl.doorstroom.solver.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.CompatibilityTable;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.PossibleHosts;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Sector;
import nl.doorstroom.solver.domain.Wish;

/**
 * Turns a programme's records into a plan ready to solve, or into every problem found. The one place the rules
 * of the input are checked, whether the records come from a programme folder, the database or a form: a
 * programme is whole or it is refused, and each problem points at the record's field.
 */
public final class ProgrammeAssembler {

    private final ReferenceData reference;

    public ProgrammeAssembler(ReferenceData reference) {
        this.reference = reference;
    }

    /** @throws InvalidInputException with every problem, in the order a coordinator reads the input */
    public Plan assemble(ProgrammeInput input) {
        Problems problems = new Problems();
        problems.addAll(input.readProblems());
        Fields fields = new Fields(problems);
        SettingsCheck settings = input.settings() == null ? null
                : SettingsCheck.of(input.settings(), fields, problems);
        Periods periods = settings == null ? Periods.unknown() : settings.periods();
        OrganisationIndex organisations = new OrganisationIndex(reference.organisations());
        List<Organisation> own = OwnOrganisations.check(input.organisations(), organisations, fields, problems);
        int problemsBeforeCompatibility = problems.size();
        CompatibilityTable compatibility = compatibility(input.compatibility(), problems);
        boolean compatibilityComplete = problems.size() == problemsBeforeCompatibility;
        ParticipantAssembly participants = new ParticipantAssembly(fields, problems, organisations, periods,
                input.participants());
        participants.history(input.history());
        participants.distances(input.distances());
        CapacityAssembly capacity = CapacityAssembly.of(input.capacity(), organisations, periods, fields, problems);
        List<Wish> wishes = WishAssembly.wishes(input.wishes(), organisations, periods, participants, capacity,
                fields, problems);
        Map<String, PlacementRecord> placements = PlacementAssembly.placements(input.placements(), organisations,
                periods, participants, fields, problems);
        if (participants.hasNone()) {
            problems.add(participantsAt(input), "programme.noParticipants");
        }
        boolean factsComplete = settings != null && settings.isValid() && compatibilityComplete
                && capacity.isComplete() && participants.distancesComplete()
                && FACT_FILES.stream().noneMatch(file -> readIn(input, file));
        if (!factsComplete) {
            problems.throwIfAny();
        }
        // A pin that breaks a hard rule is checked even when other records have problems: it is found now, not
        // after those are fixed. It needs the facts the hard rules read to be complete, or it would report what
        // a missing declaration or distance only seems to break.
        Programme programme = new Programme(settings.name(), settings.rotationMonths(),
                periods.list(), settings.maxCommuteKm(), settings.layerVarietyTarget(), compatibility,
                settings.weights(), own);
        List<CapacityDeclaration> declarations = capacity.declarations();
        CapacityDeclaration.linkSlots(declarations);
        Plan plan = plan(programme, participants.list(), declarations, wishes, placements, organisations);
        PinnedPlacementCheck.check(plan, placements, problems);
        problems.throwIfAny();
        return plan;
    }

    /** The files whose rows every hard rule reads: with a row missing, a pin would seem to break a rule. */
    private static final List<String> FACT_FILES = List.of(ProgrammeFiles.PROGRAMME, ProgrammeFiles.COMPATIBILITY,
            ProgrammeFiles.DISTANCES, ProgrammeFiles.CAPACITY);

    private static boolean readIn(ProgrammeInput input, String file) {
        return input.readProblems().stream().anyMatch(p -> file.equals(p.file()));
    }

    /** Where "no participants" points: the participants file, or the participants of a stored programme. */
    private static Where participantsAt(ProgrammeInput input) {
        boolean fromFiles = input.settings() != null && input.settings().origin().at("name").isInFile();
        return fromFiles ? Where.file(ProgrammeFiles.PARTICIPANTS) : Where.field("participants");
    }

    private CompatibilityTable compatibility(List<CompatibilityRecord> records, Problems problems) {
        CompatibilityTable table = reference.compatibility().copy();
        Map<String, Origin> firsts = new HashMap<>();
        for (CompatibilityRecord record : records) {
            Origin origin = record.origin();
            Fields fields = new Fields(problems);
            Sector employer = fields.present(origin, "employer_sector", record.employerSector(),
                    ParticipantAssembly.oneOf(Sector.values()));
            Sector host = fields.present(origin, "host_sector", record.hostSector(),
                    ParticipantAssembly.oneOf(Sector.values()));
            Compatibility compatibility = fields.present(origin, "compatibility", record.compatibility(),
                    ParticipantAssembly.oneOf(Compatibility.values()));
            if (employer == null || host == null || compatibility == null) {
                continue;
            }
            Origin first = firsts.putIfAbsent(employer + "/" + host, origin);
            if (first != null) {
                problems.at(origin, "host_sector", "compatibility.duplicate", employer, host, first.firstMention());
                continue;
            }
            table.set(employer, host, compatibility);
        }
        return table;
    }

    private static Plan plan(Programme programme, List<Participant> participants, List<CapacityDeclaration> capacity,
            List<Wish> wishes, Map<String, PlacementRecord> records, OrganisationIndex organisations) {
        PossibleHosts possibleHosts = new PossibleHosts(programme, capacity);
        List<Placement> placements = new ArrayList<>();
        for (Participant participant : participants) {
            for (Period period : programme.getPeriods()) {
                if (!participant.isPlannedIn(period)) {
                    continue;
                }
                Placement placement = new Placement(participant, period, possibleHosts);
                PlacementRecord record = records.get(placement.getId());
                if (record != null) {
                    placement.setHost(host(record.host(), organisations));
                    placement.setPinned(record.pinned());
                    placement.setPublishedHost(host(record.publishedHost(), organisations));
                }
                placements.add(placement);
            }
        }
        List<Organisation> referenced = referenced(participants, capacity, wishes, placements, organisations);
        return new Plan(programme, new ArrayList<>(referenced), new ArrayList<>(participants), capacity, wishes,
                placements);
    }

    private static Organisation host(String code, OrganisationIndex organisations) {
        return code == null || code.isBlank() ? null : organisations.get(code);
    }

    /** Only the organisations the plan mentions, so the solver's facts stay small. */
    private static List<Organisation> referenced(List<Participant> participants, List<CapacityDeclaration> capacity,
            List<Wish> wishes, List<Placement> placements, OrganisationIndex organisations) {
        Set<Organisation> referenced = new LinkedHashSet<>();
        capacity.forEach(c -> referenced.add(c.getHost()));
        Map<String, Organisation> byCode = new LinkedHashMap<>(); // codes of known distances
        for (Participant participant : participants) {
            referenced.add(participant.getEmployer());
            participant.getHistory().stream().map(HistoryEntry::host).forEach(referenced::add);
            participant.getKnownCommutes().keySet().forEach(code -> byCode.put(code, null));
        }
        wishes.forEach(w -> referenced.add(w.host()));
        for (Placement placement : placements) {
            if (placement.getHost() != null) {
                referenced.add(placement.getHost());
            }
            if (placement.getPublishedHost() != null) {
                referenced.add(placement.getPublishedHost());
            }
        }
        for (String code : byCode.keySet()) {
            referenced.add(organisations.get(code));
        }
        Set<String> codes = new HashSet<>();
        List<Organisation> sorted = new ArrayList<>();
        for (Organisation o : referenced) {
            if (codes.add(o.getCode())) {
                sorted.add(o);
            }
        }
        sorted.sort(Comparator.comparing(Organisation::getCode));
        return sorted;
    }
}
