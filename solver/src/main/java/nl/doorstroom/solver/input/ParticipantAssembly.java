package nl.doorstroom.solver.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.ParticipantKind;
import nl.doorstroom.solver.domain.Period;

/** Participants with their history and known distances, checked; looking one up by the id another record gives. */
final class ParticipantAssembly {

    /** A participant whose own fields are all valid, before history and distances are added. */
    private record Draft(String id, String name, ParticipantKind kind, Organisation employer, int salaryScale,
            String discipline, String homeTown, Location home, Integer maxCommuteKm, Period first, Period last,
            Set<Period> unavailable, List<HistoryEntry> history, Map<String, Commute> commutes, String email) {
    }

    /** Loose on purpose: the mail server decides the rest; this only catches a value in the wrong column. */
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int EMAIL_LENGTH = 254;

    private record Home(String town, Location location) {
    }

    private final Fields fields;
    private final Problems problems;
    private final OrganisationIndex organisations;
    private final Periods periods;
    /** False when the participants could not be read at all: then references to them are not checked. */
    private final boolean known;
    /** Every id given, valid record or not, so references to a wrong record are not reported twice. */
    private final Map<String, Origin> givenIds = new HashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private List<Participant> participants;
    private final int recordCount;
    private boolean distancesComplete = true;
    private final Map<String, Participant> byId = new HashMap<>();

    ParticipantAssembly(Fields fields, Problems problems, OrganisationIndex organisations, Periods periods,
            List<ParticipantRecord> records) {
        this.fields = fields;
        this.problems = problems;
        this.organisations = organisations;
        this.periods = periods;
        this.known = records != null;
        this.recordCount = records == null ? 0 : records.size();
        if (records != null) {
            records.forEach(this::participant);
        }
    }

    private void participant(ParticipantRecord record) {
        Origin origin = record.origin();
        String id = fields.id(origin, "id", record.id(), Text.of("expect.participantId"));
        boolean duplicate = false;
        if (id != null) {
            Origin first = givenIds.putIfAbsent(id, origin);
            if (first != null) {
                problems.at(origin, "id", "participant.duplicate", id, first.firstMention());
                duplicate = true; // its other fields are still checked, so no problem waits behind this one
            }
        } else if (record.id() != null && !record.id().isBlank()) {
            givenIds.putIfAbsent(record.id().strip(), origin);
        }
        String name = fields.name(origin, "name", record.name(), Text.of("expect.participantName"));
        ParticipantKind kind = fields.present(origin, "kind", record.kind(), oneOf(ParticipantKind.values()));
        String employerCode = fields.id(origin, "employer", record.employer(), Text.of("expect.employer"));
        Organisation employer = employerCode == null ? null
                : organisations.find(origin, "employer", employerCode, problems);
        Integer scale = fields.required(origin, "salary_scale", record.salaryScale(), Limits.SALARY_SCALE);
        Integer maxCommute = fields.optional(origin, "max_commute_km", record.maxCommuteKm(), Limits.COMMUTE_KM);
        boolean maxCommuteOk = record.maxCommuteKm() == null || maxCommute != null;
        String discipline = fields.optionalText(origin, "discipline", record.discipline());
        Home home = home(record);
        Period first = period(origin, "first_period", record.firstPeriod(), periods.isKnown() ? periods.first() : null);
        Period last = period(origin, "last_period", record.lastPeriod(), periods.isKnown() ? periods.last() : null);
        if (first != null && last != null && first.getIndex() > last.getIndex()) {
            problems.at(origin, isBlank(record.lastPeriod()) ? "first_period" : "last_period",
                    "participant.periodsReversed", origin.label("first_period"), first.getId(),
                    origin.label("last_period"), last.getId());
            first = null;
        }
        Set<Period> unavailable = unavailable(record);
        String email = record.email() == null || record.email().isBlank() ? null : record.email().strip();
        boolean emailOk = email == null || email.length() <= EMAIL_LENGTH && EMAIL.matcher(email).matches();
        if (!emailOk) {
            problems.at(origin, "email", "participant.badEmail", email);
        }
        if (first != null && last != null && unavailable != null && !plannedSomewhere(first, last, unavailable)) {
            problems.at(origin, record.unavailable().isEmpty() ? "last_period" : "unavailable",
                    "participant.neverPlanned", id == null ? String.valueOf(record.id()) : id, first.getId(),
                    last.getId());
            return;
        }
        if (!emailOk || duplicate || id == null || name == null || kind == null || employer == null || scale == null
                || !maxCommuteOk || home == null || first == null || last == null || unavailable == null
                || origin.hasUnreadable()) {
            return;
        }
        drafts.put(id, new Draft(id, name, kind, employer, scale, discipline == null ? "" : discipline, home.town,
                home.location, maxCommute, first, last, unavailable, new ArrayList<>(), new HashMap<>(), email));
    }

    /** Active in at least one period it is not unavailable in: somewhere to be placed. */
    private boolean plannedSomewhere(Period first, Period last, Set<Period> unavailable) {
        for (Period period : periods.list()) {
            if (period.getIndex() >= first.getIndex() && period.getIndex() <= last.getIndex()
                    && !unavailable.contains(period)) {
                return true;
            }
        }
        return false;
    }

    static Text oneOf(Enum<?>[] values) {
        return Text.of("expect.oneOf",
                java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Exact coordinates win, and must lie in or near the Netherlands; otherwise the municipality's position, the
     * name matched as people write it. Null after reporting.
     */
    private Home home(ParticipantRecord record) {
        Origin origin = record.origin();
        String home = record.home() == null ? "" : record.home().strip();
        boolean hasLatitude = record.homeLatitude() != null || origin.isUnreadable("home_latitude");
        boolean hasLongitude = record.homeLongitude() != null || origin.isUnreadable("home_longitude");
        if (hasLatitude != hasLongitude) {
            String missing = hasLatitude ? "home_longitude" : "home_latitude";
            problems.at(origin, missing, "home.coordinateMissing", origin.label(missing),
                    origin.label(hasLatitude ? "home_latitude" : "home_longitude"));
            return null;
        }
        if (home.length() > Limits.TEXT_LENGTH) {
            problems.at(origin, "home", "value.tooLong", origin.label("home"), home.length(), Limits.TEXT_LENGTH);
            return null;
        }
        if (!fields.storable(origin, "home", home)) {
            return null;
        }
        if (hasLatitude) {
            if (origin.isUnreadable("home_latitude") || origin.isUnreadable("home_longitude")
                    || !Coordinates.check(origin, "home_latitude", "home_longitude", record.homeLatitude(),
                            record.homeLongitude(), problems)) {
                return null;
            }
            List<Organisation> found = home.isEmpty() ? List.of() : organisations.municipalities(home);
            String town = found.size() == 1 ? found.get(0).getName() : home;
            return new Home(town, new Location(record.homeLatitude(), record.homeLongitude()));
        }
        if (home.isEmpty()) {
            if (!origin.isUnreadable("home")) {
                problems.at(origin, "home", "home.empty", origin.label("home"));
            }
            return null;
        }
        List<Organisation> found = organisations.municipalities(home);
        if (found.size() == 1) {
            return new Home(found.get(0).getName(), found.get(0).getLocation());
        }
        if (found.isEmpty()) {
            String nearest = organisations.nearestMunicipality(home);
            if (nearest != null) {
                problems.at(origin, "home", "home.unknownNear", home, nearest);
            } else {
                problems.at(origin, "home", "home.unknown", home);
            }
        } else {
            problems.at(origin, "home", "home.ambiguous", home,
                    found.stream().map(Organisation::getName).collect(Collectors.joining(", ")));
        }
        return null;
    }

    private Period period(Origin origin, String field, String value, Period whenEmpty) {
        if (origin.isUnreadable(field)) {
            return null;
        }
        return isBlank(value) ? whenEmpty : periods.find(origin, field, value, problems);
    }

    private Set<Period> unavailable(ParticipantRecord record) {
        Set<Period> unavailable = new HashSet<>();
        boolean ok = !record.origin().isUnreadable("unavailable");
        for (String id : record.unavailable()) {
            if (!isBlank(id)) {
                Period period = periods.find(record.origin(), "unavailable", id, problems);
                ok &= period != null;
                if (period != null) {
                    unavailable.add(period);
                }
            }
        }
        return ok ? unavailable : null;
    }

    /** The participant's draft; null (reported unless the participants are unknown or the record was wrong). */
    private Draft draftOf(Origin origin, String field, String id) {
        String given = fields.text(origin, field, id, Text.of("expect.knownParticipant"));
        if (given == null) {
            return null;
        }
        if (known && !givenIds.containsKey(given)) {
            problems.at(origin, field, "participant.unknown", given);
        }
        return drafts.get(given);
    }

    void history(List<HistoryRecord> records) {
        for (HistoryRecord record : records) {
            Origin origin = record.origin();
            Draft draft = draftOf(origin, "participant", record.participant());
            String code = fields.id(origin, "host", record.host(), Text.of("expect.organisationCode"));
            Organisation host = code == null ? null : organisations.find(origin, "host", code, problems);
            String label = fields.optionalText(origin, "period", record.period());
            if (draft != null && host != null && !origin.hasUnreadable()) {
                draft.history.add(new HistoryEntry(host, label == null ? "" : label));
            }
        }
    }

    void distances(List<DistanceRecord> records) {
        Map<String, Origin> firsts = new HashMap<>();
        for (DistanceRecord record : records) {
            Origin origin = record.origin();
            Draft draft = draftOf(origin, "participant", record.participant());
            String code = fields.id(origin, "host", record.host(), Text.of("expect.organisationCode"));
            Organisation host = code == null ? null : organisations.find(origin, "host", code, problems);
            Integer km = fields.required(origin, "km", record.km(), Limits.DISTANCE_KM);
            Integer minutes = fields.required(origin, "minutes", record.minutes(), Limits.DISTANCE_MINUTES);
            if (host != null && !isBlank(record.participant())) {
                Origin first = firsts.putIfAbsent(record.participant().strip() + '\u0000' + host.getCode(), origin);
                if (first != null) {
                    problems.at(origin, "host", "distance.duplicate", record.participant().strip(), host.getCode(),
                            first.firstMention());
                    distancesComplete = false;
                    continue;
                }
            }
            if (draft != null && host != null && km != null && minutes != null && !origin.hasUnreadable()) {
                draft.commutes.put(host.getCode(), new Commute(km, minutes));
            } else if (draft != null) {
                distancesComplete = false; // a participant without their real distance would get the estimate
            }
        }
    }

    /** The participants in input order, with their history and distances. */
    List<Participant> list() {
        if (participants == null) {
            participants = drafts.values().stream().map(d -> new Participant(d.id, d.name, d.kind, d.employer,
                    d.salaryScale, d.discipline, d.homeTown, d.home, d.maxCommuteKm, d.first, d.last, d.unavailable,
                    d.history, d.commutes, d.email)).toList();
            participants.forEach(p -> byId.put(p.getId(), p));
        }
        return participants;
    }

    boolean isKnown() {
        return known;
    }

    /** The participants were read and there are none: nothing to plan. */
    boolean hasNone() {
        return known && recordCount == 0;
    }

    /** Every known distance was valid, so no participant's commute falls back to the estimate by mistake. */
    boolean distancesComplete() {
        return distancesComplete;
    }

    /** The participant, or null: reported unless the participant's own record or the participants were wrong. */
    Participant find(Origin origin, String field, String id) {
        list();
        String given = fields.text(origin, field, id, Text.of("expect.knownParticipant"));
        if (given == null) {
            return null;
        }
        if (known && !givenIds.containsKey(given)) {
            problems.at(origin, field, "participant.unknown", given);
        }
        return byId.get(given);
    }
}
