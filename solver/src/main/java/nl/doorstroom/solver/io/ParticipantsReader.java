package nl.doorstroom.solver.io;

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

/** participants.csv, with each participant's history.csv rows and distances.csv rows. */
final class ParticipantsReader {

    static final String FILE = "participants.csv";
    static final String HISTORY_FILE = "history.csv";
    static final String DISTANCES_FILE = "distances.csv";
    static final Columns COLUMNS = Columns.of(
            List.of("id", "name", "kind", "employer", "salary_scale", "home"),
            List.of("discipline", "home_latitude", "home_longitude", "first_period", "last_period", "unavailable",
                    "max_commute_km", "email"));
    static final Columns HISTORY_COLUMNS = Columns.of(List.of("participant", "host"), List.of("period"));
    static final Columns DISTANCES_COLUMNS = Columns.of(List.of("participant", "host", "km", "minutes"), List.of());

    /** A participants.csv row whose values are all valid, before history and distances are added. */
    private record Draft(String id, String name, ParticipantKind kind, Organisation employer, int salaryScale,
            String discipline, String homeTown, Location home, Integer maxCommuteKm, Period first, Period last,
            Set<Period> unavailable, List<HistoryEntry> history, Map<String, Commute> commutes, String email) {
    }

    /** Loose on purpose: the mail server decides the rest; this only catches a value in the wrong column. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final ReadContext context;
    private final Organisations organisations;
    private final Periods periods;
    /** Every id given, valid row or not, so references to a wrong row are not reported twice. */
    private final Set<String> knownIds = new HashSet<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Integer> firstLines = new HashMap<>();

    private ParticipantsReader(ReadContext context, Organisations organisations, Periods periods) {
        this.context = context;
        this.organisations = organisations;
        this.periods = periods;
    }

    /** The participants in file order; incomplete when problems were reported. */
    static Participants read(ReadContext context, Organisations organisations, Periods periods) {
        ParticipantsReader reader = new ParticipantsReader(context, organisations, periods);
        boolean present = context.table(FILE, COLUMNS, true).map(t -> {
            t.rows().forEach(reader::participant);
            return true;
        }).orElse(false);
        context.table(HISTORY_FILE, HISTORY_COLUMNS, false).ifPresent(t -> t.rows().forEach(r -> reader.history(r, present)));
        context.table(DISTANCES_FILE, DISTANCES_COLUMNS, false).ifPresent(t -> reader.distances(t, present));
        List<Participant> participants = reader.drafts.values().stream().map(d -> new Participant(d.id, d.name,
                d.kind, d.employer, d.salaryScale, d.discipline, d.homeTown, d.home, d.maxCommuteKm, d.first, d.last,
                d.unavailable, d.history, d.commutes, d.email)).collect(Collectors.toList());
        return new Participants(participants, reader.knownIds, present);
    }

    private void participant(CsvRow row) {
        String id = row.required("id", "a participant id such as T01");
        if (id != null && !knownIds.add(id)) {
            row.problem("id", "duplicate participant id '" + id + "' (first on line " + firstLine(id) + ")");
            return;
        }
        if (id != null) {
            firstLines.put(id, row.line());
        }
        String name = row.required("name", "the participant's full name");
        ParticipantKind kind = row.enumValue("kind", ParticipantKind.class, null);
        String employerCode = row.required("employer", "the code of the organisation holding the contract");
        Organisation employer = employerCode == null ? null : organisations.find(row, "employer", employerCode);
        Integer scale = row.requiredInteger("salary_scale", 1, 18);
        Integer maxCommute = row.integer("max_commute_km", 0, Integer.MAX_VALUE, null);
        boolean maxCommuteOk = row.isEmpty("max_commute_km") || maxCommute != null;
        Home home = home(row);
        Period first = period(row, "first_period", periods.isKnown() ? periods.first() : null);
        Period last = period(row, "last_period", periods.isKnown() ? periods.last() : null);
        if (first != null && last != null && first.getIndex() > last.getIndex()) {
            row.problem(row.isEmpty("last_period") ? "first_period" : "last_period",
                    "first_period " + first.getId() + " is after last_period " + last.getId());
            first = null;
        }
        Set<Period> unavailable = unavailable(row);
        String email = row.text("email");
        boolean emailOk = email.isEmpty() || (email.length() <= 254 && EMAIL.matcher(email).matches());
        if (!emailOk) {
            row.problem("email", "invalid email '" + email + "': expected an e-mail address such as naam@example.nl, or empty");
        }
        if (!emailOk || id == null || name == null || kind == null || employer == null || scale == null || !maxCommuteOk
                || home == null || first == null || last == null || unavailable == null) {
            return;
        }
        drafts.put(id, new Draft(id, name, kind, employer, scale, row.text("discipline"), home.town, home.location,
                maxCommute, first, last, unavailable, new ArrayList<>(), new HashMap<>(), email.isEmpty() ? null : email));
    }

    private int firstLine(String id) {
        return firstLines.getOrDefault(id, 0);
    }

    private record Home(String town, Location location) {
    }

    /** Exact coordinates win; otherwise the municipality's position. Null after reporting. */
    private Home home(CsvRow row) {
        String home = row.text("home");
        Double latitude = row.decimal("home_latitude", -90, 90);
        Double longitude = row.decimal("home_longitude", -180, 180);
        boolean hasLatitude = !row.isEmpty("home_latitude");
        boolean hasLongitude = !row.isEmpty("home_longitude");
        if (hasLatitude != hasLongitude) {
            String missing = hasLatitude ? "home_longitude" : "home_latitude";
            row.problem(missing, "empty " + missing + ": expected decimal degrees, given together with "
                    + (hasLatitude ? "home_latitude" : "home_longitude"));
            return null;
        }
        if (hasLatitude) {
            if (latitude == null || longitude == null) {
                return null;
            }
            List<Organisation> found = home.isEmpty() ? List.of() : organisations.municipalities(home);
            String town = found.size() == 1 ? found.get(0).getName() : home;
            return new Home(town, new Location(latitude, longitude));
        }
        if (home.isEmpty()) {
            row.problem("home", "empty home: expected a municipality code or name");
            return null;
        }
        List<Organisation> found = organisations.municipalities(home);
        if (found.size() == 1) {
            return new Home(found.get(0).getName(), found.get(0).getLocation());
        }
        if (found.isEmpty()) {
            row.problem("home", "unknown home '" + home + "': expected a municipality code or name");
        } else {
            row.problem("home", "ambiguous home '" + home + "': expected one of "
                    + found.stream().map(Organisation::getName).collect(Collectors.joining(", ")));
        }
        return null;
    }

    private Period period(CsvRow row, String column, Period whenEmpty) {
        String value = row.text(column);
        return value.isEmpty() ? whenEmpty : periods.find(row, column, value);
    }

    private Set<Period> unavailable(CsvRow row) {
        Set<Period> unavailable = new HashSet<>();
        boolean ok = true;
        for (String id : row.text("unavailable").split("\\|")) {
            if (!id.isBlank()) {
                Period period = periods.find(row, "unavailable", id.trim());
                ok &= period != null;
                if (period != null) {
                    unavailable.add(period);
                }
            }
        }
        return ok ? unavailable : null;
    }

    /** The participant's draft; null (reported unless participants.csv is missing or the row was wrong). */
    private Draft participantOf(CsvRow row, boolean participantsPresent) {
        String id = row.required("participant", "a participant id from participants.csv");
        if (id == null) {
            return null;
        }
        if (!knownIds.contains(id) && participantsPresent) {
            row.problem("participant", "unknown participant '" + id + "': expected a participant id from "
                    + "participants.csv");
        }
        return drafts.get(id);
    }

    private void history(CsvRow row, boolean participantsPresent) {
        Draft draft = participantOf(row, participantsPresent);
        String code = row.required("host", "an organisation code");
        Organisation host = code == null ? null : organisations.find(row, "host", code);
        if (draft != null && host != null) {
            draft.history.add(new HistoryEntry(host, row.text("period")));
        }
    }

    private void distances(CsvTable table, boolean participantsPresent) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (CsvRow row : table.rows()) {
            Draft draft = participantOf(row, participantsPresent);
            String code = row.required("host", "an organisation code");
            Organisation host = code == null ? null : organisations.find(row, "host", code);
            Integer km = row.requiredInteger("km", 0, Integer.MAX_VALUE);
            Integer minutes = row.requiredInteger("minutes", 0, Integer.MAX_VALUE);
            if (host != null && !row.isEmpty("participant")) {
                Integer first = firstLines.putIfAbsent(row.text("participant") + "\u0000" + host.getCode(), row.line());
                if (first != null) {
                    row.problem("host", "duplicate distance from " + row.text("participant") + " to "
                            + host.getCode() + " (first on line " + first + ")");
                    continue;
                }
            }
            if (draft != null && host != null && km != null && minutes != null) {
                draft.commutes.put(host.getCode(), new Commute(km, minutes));
            }
        }
    }
}
