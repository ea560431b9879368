package nl.doorstroom.solver.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;

/** placements.csv as input: the published plan, with the placements that must stay as they are. */
final class PlacementsReader {

    static final String FILE = "placements.csv";
    static final Columns COLUMNS = Columns.of(List.of("participant", "period"),
            List.of("host", "pinned", "participant_name", "host_name", "layer", "town", "commute_km",
                    "commute_minutes"));

    /** One row of the published plan; host null for a period without placement; where the host stands. */
    record Published(Organisation host, boolean pinned, int line, int hostColumn) {
    }

    private PlacementsReader() {
    }

    /** By {@link Placement#idOf placement id}. */
    static Map<String, Published> read(ReadContext context, Organisations organisations, Periods periods,
            Participants participants) {
        Map<String, Published> published = new HashMap<>();
        Map<String, Integer> firstLines = new HashMap<>();
        context.table(FILE, COLUMNS, false).ifPresent(table -> {
            for (CsvRow row : table.rows()) {
                Participant participant = participants.find(row, "participant");
                String periodId = row.required("period", "a period of the programme");
                Period period = periodId == null ? null : periods.find(row, "period", periodId);
                String code = row.text("host");
                Organisation host = code.isEmpty() ? null : organisations.find(row, "host", code);
                Boolean pinned = row.flag("pinned");
                if (participant == null || period == null) {
                    continue;
                }
                String id = Placement.idOf(participant, period);
                Integer first = firstLines.putIfAbsent(id, row.line());
                if (first != null) {
                    row.problem("period", "duplicate placement of " + participant.getId() + " in " + period.getId()
                            + " (first on line " + first + ")");
                } else if (!participant.isPlannedIn(period)) {
                    row.problem("period", participant.getId() + " is not planned in " + period.getId()
                            + ": expected a period from the participant's first_period to last_period that is not "
                            + "unavailable");
                } else if ((code.isEmpty() || host != null) && pinned != null) {
                    published.put(id, new Published(host, pinned, row.line(), row.column("host")));
                }
            }
        });
        return published;
    }
}
