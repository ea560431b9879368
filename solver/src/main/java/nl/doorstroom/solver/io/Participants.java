package nl.doorstroom.solver.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.domain.Participant;

/** The participants read, and looking one up by the id another file gives. */
final class Participants {

    private final List<Participant> list;
    private final Map<String, Participant> byId = new LinkedHashMap<>();
    /** Ids given in participants.csv, including those of rows that were wrong (already reported). */
    private final Set<String> givenIds;
    /** False when participants.csv is missing or unusable: then references are not checked. */
    private final boolean known;

    Participants(List<Participant> list, Set<String> givenIds, boolean known) {
        this.list = List.copyOf(list);
        list.forEach(p -> byId.put(p.getId(), p));
        this.givenIds = Set.copyOf(givenIds);
        this.known = known;
    }

    List<Participant> list() {
        return list;
    }

    /** The participant, or null: reported unless the participant's own row or file was wrong. */
    Participant find(CsvRow row, String column) {
        String id = row.required(column, "a participant id from participants.csv");
        if (id == null) {
            return null;
        }
        if (known && !givenIds.contains(id)) {
            row.problem(column, "unknown participant '" + id + "': expected a participant id from participants.csv");
        }
        return byId.get(id);
    }
}
