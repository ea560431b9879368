package nl.doorstroom.solver.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Sector;

/** The organisations a programme adds to the reference or corrects, checked and laid over the index. */
final class OwnOrganisations {

    private OwnOrganisations() {
    }

    /** The valid ones, in input order; each wrong one is reported and its code marked broken in the index. */
    static List<Organisation> check(List<OrganisationRecord> records, OrganisationIndex index, Fields fields,
            Problems problems) {
        Map<String, Origin> firsts = new HashMap<>();
        List<Organisation> own = new ArrayList<>();
        for (OrganisationRecord record : records) {
            Origin origin = record.origin();
            String code = fields.id(origin, "code", record.code(), Text.of("expect.organisationCodeExample"));
            String key = code == null ? null : OrganisationIndex.key(code);
            Origin first = key == null ? null : firsts.putIfAbsent(key, origin);
            if (first != null) {
                problems.at(origin, "code", "organisation.duplicate", code, first.firstMention());
            }
            // the other fields are checked even on a duplicate row, so no problem waits behind another
            String name = fields.name(origin, "name", record.name(), Text.of("expect.organisationName"));
            Layer layer = fields.present(origin, "layer", record.layer(), ParticipantAssembly.oneOf(Layer.values()));
            Sector sector = fields.present(origin, "sector", record.sector(),
                    ParticipantAssembly.oneOf(Sector.values()));
            String town = fields.text(origin, "town", record.town(), Text.of("expect.town"));
            boolean placed = location(origin, record, problems);
            fields.optional(origin, "population", record.population(), Limits.POPULATION);
            fields.optionalText(origin, "province", record.province());
            if (key == null || first != null) {
                continue;
            }
            if (name == null || layer == null || sector == null || town == null || !placed
                    || origin.hasUnreadable()) {
                index.broken(key);
                continue;
            }
            Organisation organisation = new Organisation(code, name, layer, sector, town,
                    new Location(record.latitude(), record.longitude()));
            index.put(organisation);
            own.add(organisation);
        }
        return own;
    }

    /** Both coordinates given, in range and in or near the Netherlands; false after reporting. */
    private static boolean location(Origin origin, OrganisationRecord record, Problems problems) {
        boolean given = true;
        for (String field : List.of("latitude", "longitude")) {
            Double value = field.equals("latitude") ? record.latitude() : record.longitude();
            if (value == null && !origin.isUnreadable(field)) {
                problems.at(origin, field, "value.empty", origin.label(field),
                        (field.equals("latitude") ? Limits.LATITUDE : Limits.LONGITUDE).expected());
            }
            given &= value != null;
        }
        return given && Coordinates.check(origin, "latitude", "longitude", record.latitude(), record.longitude(),
                problems);
    }
}
