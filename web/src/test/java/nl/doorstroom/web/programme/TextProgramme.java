package nl.doorstroom.web.programme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.io.CsvOut;
import nl.doorstroom.web.SmallProgramme;

/**
 * A feasible programme whose free text is generated: its name, its participants' ids, names and disciplines, a pool
 * employer and a host of its own (tricky codes and names) and its own name for a reference host. Up to four
 * participants employed by the pool each visit the four hosts once, one a period, each in a slot of their own
 * discipline ({@link #plan}). The files are written as a spreadsheet writes them: every cell quoted, a formula-like
 * cell marked with {@code '}, {@code ,} or {@code ;} between cells, LF or CRLF line ends, with or without a
 * byte-order mark.
 */
record TextProgramme(long seed, String name, Organisation pool, Organisation ownHost, Organisation renamedHost,
        List<Person> participants, List<String> periods, Map<String, byte[]> files) {

    record Organisation(String code, String name) {
    }

    record Person(String id, String name, String discipline) {
    }

    /** The reference host this programme names its own way. */
    static final String RENAMED_CODE = "GM0796";
    private static final int PERIODS = 4;

    static TextProgramme generate(long seed, LocalDate today) {
        TrickyText text = new TrickyText(seed);
        // codes are unique over the run, so a host account bound to one finds this programme's host only
        Organisation pool = new Organisation("P" + seed + "_" + text.id(3), text.name());
        Organisation ownHost = new Organisation("H" + seed + "." + text.id(3), text.name());
        Organisation renamed = new Organisation(RENAMED_CODE, text.name());
        List<Person> people = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int count = 1 + text.nextInt(4);
        while (people.size() < count) {
            String id = text.id(6);
            if (keys.add(id.toUpperCase(Locale.ROOT)) && keys.add(id.toLowerCase(Locale.ROOT))) {
                people.add(new Person(id, text.name(), text.name()));
            }
        }
        LocalDate start = SmallProgramme.firstPeriodStart(today);
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < PERIODS; i++) {
            periods.add(SmallProgramme.periodId(start.plusMonths(6L * i)));
        }
        TextProgramme draft = new TextProgramme(seed, text.name(), pool, ownHost, renamed, List.copyOf(people),
                List.copyOf(periods), Map.of());
        return new TextProgramme(seed, draft.name, pool, ownHost, renamed, draft.participants, draft.periods,
                draft.write(text, start));
    }

    /** Whether a text holds a NUL character, which no text field takes (the database cannot store it). */
    boolean holdsNul() {
        List<String> texts = new ArrayList<>(List.of(name, pool.name, ownHost.name, renamedHost.name));
        participants.forEach(p -> texts.addAll(List.of(p.name, p.discipline)));
        return texts.stream().anyMatch(t -> t.indexOf('\0') >= 0);
    }

    /** The hosts in the order the participants visit them. */
    List<String> hosts() {
        return List.of("PV30", RENAMED_CODE, "WS0654", ownHost.code);
    }

    /** Participant i's host in period p: every host once, never two participants at one host in one period. */
    String plan(int participant, int period) {
        return hosts().get((participant + period) % PERIODS);
    }

    /** The host's name as this programme knows it. */
    String hostName(String code) {
        return switch (code) {
            case "PV30" -> "Provincie Noord-Brabant";
            case "WS0654" -> "Waterschap Aa en Maas";
            case RENAMED_CODE -> renamedHost.name;
            default -> ownHost.name;
        };
    }

    private Map<String, byte[]> write(TrickyText text, LocalDate start) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("programme.csv", csv(text, List.of(List.of("setting", "value"), List.of("name", name),
                List.of("first_period_start", start.toString()), List.of("period_count", String.valueOf(PERIODS)),
                List.of("rotation_months", "6"), List.of("max_commute_km", "60"),
                List.of("layer_variety_target", "3"))));
        List<String> columns = List.of("code", "name", "layer", "sector", "town", "province", "latitude",
                "longitude", "population");
        files.put("organisations.csv", csv(text, List.of(columns,
                List.of(pool.code, pool.name, "OTHER", "POOL", "'s-Hertogenbosch", "PV30", "51.6900", "5.3000", ""),
                List.of(ownHost.code, ownHost.name, "MUNICIPALITY", "GEMEENTEN", "'s-Hertogenbosch", "PV30",
                        "51.7000", "5.3100", ""),
                List.of(RENAMED_CODE, renamedHost.name, "MUNICIPALITY", "GEMEENTEN", "'s-Hertogenbosch", "PV30",
                        "51.7160", "5.3519", "162272"))));
        List<List<String>> participantRows = new ArrayList<>();
        participantRows.add(List.of("id", "name", "kind", "employer", "salary_scale", "discipline", "home"));
        for (Person p : participants) {
            participantRows.add(List.of(p.id, p.name, "TRAINEE", pool.code, "8", p.discipline, "Vught"));
        }
        files.put("participants.csv", csv(text, participantRows));
        List<List<String>> capacity = new ArrayList<>();
        capacity.add(List.of("host", "period", "discipline", "min", "max", "max_salary_scale"));
        for (int period = 0; period < PERIODS; period++) {
            for (int host = 0; host < PERIODS; host++) {
                // the participant planned here, if any, gets a slot of their own discipline
                int who = Math.floorMod(host - period, PERIODS);
                String discipline = who < participants.size() ? participants.get(who).discipline : "";
                capacity.add(List.of(hosts().get(host), periods.get(period), discipline, "0", "1", ""));
            }
        }
        files.put("capacity.csv", csv(text, capacity));
        return files;
    }

    private static byte[] csv(TrickyText text, List<List<String>> rows) {
        char separator = text.nextBoolean() ? ',' : ';';
        String lineEnd = text.nextBoolean() ? "\n" : "\r\n";
        StringBuilder out = new StringBuilder(text.nextInt(4) == 0 ? "\uFEFF" : "");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(separator);
                }
                out.append('"').append(CsvOut.asText(row.get(i)).replace("\"", "\"\"")).append('"');
            }
            out.append(lineEnd);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
