package nl.doorstroom.solver.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.ParticipantKind;
import nl.doorstroom.solver.domain.Sector;
import nl.doorstroom.solver.domain.WishSource;
import nl.doorstroom.solver.input.CapacityRecord;
import nl.doorstroom.solver.input.CompatibilityRecord;
import nl.doorstroom.solver.input.DistanceRecord;
import nl.doorstroom.solver.input.HistoryRecord;
import nl.doorstroom.solver.input.Limits;
import nl.doorstroom.solver.input.OrganisationRecord;
import nl.doorstroom.solver.input.ParticipantRecord;
import nl.doorstroom.solver.input.PlacementRecord;
import nl.doorstroom.solver.input.ProgrammeFiles;
import nl.doorstroom.solver.input.WishRecord;

/**
 * The files of a programme folder besides programme.csv, each row read into a record with its types; what the
 * values mean is checked by the {@link nl.doorstroom.solver.input.ProgrammeAssembler}.
 */
final class RecordsCsv {

    static final Columns ORGANISATIONS = Columns.of(
            List.of("code", "name", "layer", "sector", "town", "latitude", "longitude"),
            List.of("province", "population")).withDecimals("latitude", "longitude");
    static final Columns COMPATIBILITY = Columns.of(List.of("employer_sector", "host_sector", "compatibility"),
            List.of());
    static final Columns PARTICIPANTS = Columns.of(
            List.of("id", "name", "kind", "employer", "salary_scale", "home"),
            List.of("discipline", "home_latitude", "home_longitude", "first_period", "last_period", "unavailable",
                    "max_commute_km", "email")).withDecimals("home_latitude", "home_longitude");
    static final Columns HISTORY = Columns.of(List.of("participant", "host"), List.of("period"));
    static final Columns DISTANCES = Columns.of(List.of("participant", "host", "km", "minutes"), List.of());
    static final Columns CAPACITY = Columns.of(List.of("host", "period", "min", "max"),
            List.of("discipline", "max_salary_scale"));
    static final Columns WISHES = Columns.of(List.of("participant", "host"), List.of("period", "by"));
    static final Columns PLACEMENTS = Columns.of(List.of("participant", "period"),
            List.of("host", "pinned", "participant_name", "host_name", "layer", "town", "commute_km",
                    "commute_minutes"));

    private RecordsCsv() {
    }

    /** The records of a file; null when a required file is missing or unusable (reported), else empty if absent. */
    private static <R> List<R> rows(ReadContext context, String file, Columns columns, boolean required,
            Function<CsvRow, R> record) {
        return context.table(file, columns, required).map(table -> {
            List<R> records = new ArrayList<>(table.rows().size());
            table.rows().forEach(row -> records.add(record.apply(row)));
            return records;
        }).orElse(required ? null : List.of());
    }

    static List<OrganisationRecord> organisations(ReadContext context) {
        return rows(context, ProgrammeFiles.ORGANISATIONS, ORGANISATIONS, false, RecordsCsv::organisation);
    }

    static OrganisationRecord organisation(CsvRow row) {
        return new OrganisationRecord(row.origin(), row.textOrNull("code"), row.textOrNull("name"),
                row.enumValue("layer", Layer.class), row.enumValue("sector", Sector.class), row.textOrNull("town"),
                row.decimal("latitude", "51.7160"), row.decimal("longitude", "5.3519"), row.textOrNull("province"),
                row.integer("population", Limits.POPULATION.expected()));
    }

    static List<CompatibilityRecord> compatibility(ReadContext context) {
        return rows(context, ProgrammeFiles.COMPATIBILITY, COMPATIBILITY, false, RecordsCsv::compatibility);
    }

    static CompatibilityRecord compatibility(CsvRow row) {
        return new CompatibilityRecord(row.origin(), row.enumValue("employer_sector", Sector.class),
                row.enumValue("host_sector", Sector.class), row.enumValue("compatibility", Compatibility.class));
    }

    static List<ParticipantRecord> participants(ReadContext context) {
        return rows(context, ProgrammeFiles.PARTICIPANTS, PARTICIPANTS, true, row -> new ParticipantRecord(
                row.origin(), row.textOrNull("id"), row.textOrNull("name"),
                row.enumValue("kind", ParticipantKind.class), row.textOrNull("employer"),
                row.integer("salary_scale", Limits.SALARY_SCALE.expected()), row.textOrNull("discipline"),
                row.textOrNull("home"), row.decimal("home_latitude", "51.7160"),
                row.decimal("home_longitude", "5.3519"), row.textOrNull("first_period"),
                row.textOrNull("last_period"), row.list("unavailable"),
                row.integer("max_commute_km", Limits.COMMUTE_KM.expected()), row.textOrNull("email")));
    }

    static List<HistoryRecord> history(ReadContext context) {
        return rows(context, ProgrammeFiles.HISTORY, HISTORY, false, row -> new HistoryRecord(row.origin(),
                row.textOrNull("participant"), row.textOrNull("host"), row.textOrNull("period")));
    }

    static List<DistanceRecord> distances(ReadContext context) {
        return rows(context, ProgrammeFiles.DISTANCES, DISTANCES, false, row -> new DistanceRecord(row.origin(),
                row.textOrNull("participant"), row.textOrNull("host"),
                row.integer("km", Limits.DISTANCE_KM.expected()),
                row.integer("minutes", Limits.DISTANCE_MINUTES.expected())));
    }

    static List<CapacityRecord> capacity(ReadContext context) {
        return rows(context, ProgrammeFiles.CAPACITY, CAPACITY, true, row -> new CapacityRecord(row.origin(),
                row.textOrNull("host"), row.textOrNull("period"), row.textOrNull("discipline"),
                row.integer("min", Limits.SLOT_SIZE.expected()), row.integer("max", Limits.SLOT_SIZE.expected()),
                row.integer("max_salary_scale", Limits.SALARY_SCALE.expected())));
    }

    static List<WishRecord> wishes(ReadContext context) {
        return rows(context, ProgrammeFiles.WISHES, WISHES, false, row -> new WishRecord(row.origin(),
                row.textOrNull("participant"), row.textOrNull("host"), row.textOrNull("period"),
                row.enumValue("by", WishSource.class)));
    }

    /** placements.csv as input is the published plan: an unpinned row's host is where it was published. */
    static List<PlacementRecord> placements(ReadContext context) {
        return rows(context, ProgrammeFiles.PLACEMENTS, PLACEMENTS, false, row -> {
            String host = row.textOrNull("host");
            boolean pinned = row.flag("pinned");
            return new PlacementRecord(row.origin(), row.textOrNull("participant"), row.textOrNull("period"), host,
                    pinned, pinned ? null : host);
        });
    }
}
