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
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.PossibleHosts;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Sector;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.domain.WishSource;

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
        List<Organisation> own = ownOrganisations(input.organisations(), organisations, fields, problems);
        CompatibilityTable compatibility = compatibility(input.compatibility(), problems);
        ParticipantAssembly participants = new ParticipantAssembly(fields, problems, organisations, periods,
                input.participants());
        participants.history(input.history());
        participants.distances(input.distances());
        List<CapacityDeclaration> capacity = input.capacity() == null ? List.of()
                : capacity(input.capacity(), organisations, periods, fields, problems);
        List<Wish> wishes = wishes(input.wishes(), organisations, periods, participants, fields, problems);
        Map<String, PlacementRecord> placements = placements(input.placements(), organisations, periods,
                participants, fields, problems);
        problems.throwIfAny();

        Programme programme = new Programme(settings.name(), settings.rotationMonths(), periods.list(),
                settings.maxCommuteKm(), settings.layerVarietyTarget(), compatibility, settings.weights(), own);
        CapacityDeclaration.linkSlots(capacity);
        Plan plan = plan(programme, participants.list(), capacity, wishes, placements, organisations);
        PinnedPlacementCheck.check(plan, placements, problems);
        problems.throwIfAny();
        return plan;
    }

    private static List<Organisation> ownOrganisations(List<OrganisationRecord> records, OrganisationIndex index,
            Fields fields, Problems problems) {
        Map<String, Origin> firsts = new HashMap<>();
        List<Organisation> own = new ArrayList<>();
        for (OrganisationRecord record : records) {
            Origin origin = record.origin();
            String code = fields.id(origin, "code", record.code(), Text.of("expect.organisationCodeExample"));
            if (code == null) {
                continue;
            }
            String key = OrganisationIndex.key(code);
            Origin first = firsts.putIfAbsent(key, origin);
            if (first != null) {
                problems.at(origin, "code", "organisation.duplicate", code, first.firstMention());
                continue;
            }
            String name = fields.name(origin, "name", record.name(), Text.of("expect.organisationName"));
            Layer layer = fields.present(origin, "layer", record.layer(), ParticipantAssembly.oneOf(Layer.values()));
            Sector sector = fields.present(origin, "sector", record.sector(),
                    ParticipantAssembly.oneOf(Sector.values()));
            String town = fields.text(origin, "town", record.town(), Text.of("expect.town"));
            Double latitude = coordinate(origin, "latitude", record.latitude(), Limits.LATITUDE, fields, problems);
            Double longitude = coordinate(origin, "longitude", record.longitude(), Limits.LONGITUDE, fields,
                    problems);
            fields.optional(origin, "population", record.population(), Limits.POPULATION);
            fields.optionalText(origin, "province", record.province());
            if (name == null || layer == null || sector == null || town == null || latitude == null
                    || longitude == null || origin.hasUnreadable()) {
                index.broken(key);
                continue;
            }
            Organisation organisation = new Organisation(code, name, layer, sector, town,
                    new Location(latitude, longitude));
            index.put(organisation);
            own.add(organisation);
        }
        return own;
    }

    private static Double coordinate(Origin origin, String field, Double value, Range range, Fields fields,
            Problems problems) {
        if (value == null && !origin.isUnreadable(field)) {
            problems.at(origin, field, "value.empty", origin.label(field), range.expected());
            return null;
        }
        return fields.decimal(origin, field, value, range);
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

    private static List<CapacityDeclaration> capacity(List<CapacityRecord> records, OrganisationIndex organisations,
            Periods periods, Fields fields, Problems problems) {
        List<CapacityDeclaration> declarations = new ArrayList<>();
        Map<String, Origin> firsts = new HashMap<>();
        for (CapacityRecord record : records) {
            Origin origin = record.origin();
            String code = fields.id(origin, "host", record.host(), Text.of("expect.hostCode"));
            Organisation host = code == null ? null : organisations.find(origin, "host", code, problems);
            String periodId = fields.text(origin, "period", record.period(), Text.of("expect.period"));
            Period period = periodId == null ? null : periods.find(origin, "period", periodId, problems);
            String discipline = fields.optionalText(origin, "discipline", record.discipline());
            Integer min = fields.required(origin, "min", record.min(), Limits.SLOT_SIZE);
            Integer max = fields.required(origin, "max", record.max(), Limits.SLOT_SIZE);
            Integer ceiling = fields.optional(origin, "max_salary_scale", record.maxSalaryScale(),
                    Limits.SALARY_SCALE);
            boolean ceilingOk = record.maxSalaryScale() == null || ceiling != null;
            if (min != null && max != null && min > max) {
                problems.at(origin, "max", "capacity.minAboveMax", origin.label("min"), min, origin.label("max"), max);
                continue;
            }
            String slot = discipline == null ? "" : discipline;
            if (host != null && period != null) {
                Origin first = firsts.putIfAbsent(host.getCode() + "/" + period.getId() + "/" + slot, origin);
                if (first != null) {
                    if (slot.isEmpty()) {
                        problems.at(origin, "period", "capacity.duplicateOpen", host.getCode(), period.getId(),
                                first.firstMention());
                    } else {
                        problems.at(origin, "discipline", "capacity.duplicateDiscipline", host.getCode(),
                                period.getId(), slot, first.firstMention());
                    }
                    continue;
                }
            }
            if (host == null || period == null || min == null || max == null || !ceilingOk || origin.hasUnreadable()) {
                continue;
            }
            declarations.add(new CapacityDeclaration(host, period, slot, min, max, ceiling));
        }
        return declarations;
    }

    private static List<Wish> wishes(List<WishRecord> records, OrganisationIndex organisations, Periods periods,
            ParticipantAssembly participants, Fields fields, Problems problems) {
        List<Wish> wishes = new ArrayList<>();
        for (WishRecord record : records) {
            Origin origin = record.origin();
            Participant participant = participants.find(origin, "participant", record.participant());
            String code = fields.id(origin, "host", record.host(), Text.of("expect.hostCode"));
            Organisation host = code == null ? null : organisations.find(origin, "host", code, problems);
            boolean anyPeriod = record.period() == null || record.period().isBlank();
            Period period = anyPeriod || origin.isUnreadable("period") ? null
                    : periods.find(origin, "period", record.period(), problems);
            WishSource by = record.by() == null ? WishSource.PARTICIPANT : record.by();
            if (participant != null && host != null && (anyPeriod || period != null) && !origin.hasUnreadable()) {
                wishes.add(new Wish(by, participant, host, period));
            }
        }
        return wishes;
    }

    /** The placement records by placement id, once each, in a period the participant is planned in. */
    private static Map<String, PlacementRecord> placements(List<PlacementRecord> records,
            OrganisationIndex organisations, Periods periods, ParticipantAssembly participants, Fields fields,
            Problems problems) {
        Map<String, PlacementRecord> byId = new HashMap<>();
        Map<String, Origin> firsts = new HashMap<>();
        for (PlacementRecord record : records) {
            Origin origin = record.origin();
            Participant participant = participants.find(origin, "participant", record.participant());
            String periodId = fields.text(origin, "period", record.period(), Text.of("expect.period"));
            Period period = periodId == null ? null : periods.find(origin, "period", periodId, problems);
            boolean hostOk = record.host() == null || record.host().isBlank()
                    || organisations.find(origin, "host", record.host(), problems) != null;
            if (participant == null || period == null) {
                continue;
            }
            String id = Placement.idOf(participant, period);
            Origin first = firsts.putIfAbsent(id, origin);
            if (first != null) {
                problems.at(origin, "period", "placement.duplicate", participant.getId(), period.getId(),
                        first.firstMention());
            } else if (!participant.isPlannedIn(period)) {
                problems.at(origin, "period", "placement.notPlanned", participant.getId(), period.getId());
            } else if (hostOk && !origin.hasUnreadable()) {
                byId.put(id, record);
            }
        }
        return byId;
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
