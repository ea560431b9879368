package nl.doorstroom.solver.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import nl.doorstroom.solver.domain.CompatibilityTable;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.input.CompatibilityRecord;
import nl.doorstroom.solver.input.OrganisationRecord;
import nl.doorstroom.solver.input.Problems;
import nl.doorstroom.solver.input.ReferenceData;

/** The reference organisations and compatibility table built into the solver jar (data/reference). */
final class BuiltInReference {

    static final String ORGANISATIONS = "nl/doorstroom/reference/organisations.csv";
    static final String COMPATIBILITY = "nl/doorstroom/reference/compatibility.csv";

    private static final class Loaded {
        static final ReferenceData DATA = load();
    }

    private BuiltInReference() {
    }

    static ReferenceData data() {
        return Loaded.DATA;
    }

    private static ReferenceData load() {
        Problems problems = new Problems();
        List<Organisation> organisations = new ArrayList<>();
        CsvTable.parse("reference/organisations.csv", bytes(ORGANISATIONS), RecordsCsv.ORGANISATIONS, problems)
                .ifPresent(table -> table.rows().forEach(row -> {
                    OrganisationRecord o = RecordsCsv.organisation(row);
                    organisations.add(new Organisation(o.code(), o.name(), o.layer(), o.sector(), o.town(),
                            new Location(o.latitude(), o.longitude())));
                }));
        CompatibilityTable compatibility = new CompatibilityTable();
        CsvTable.parse("reference/compatibility.csv", bytes(COMPATIBILITY), RecordsCsv.COMPATIBILITY, problems)
                .ifPresent(table -> table.rows().forEach(row -> {
                    CompatibilityRecord c = RecordsCsv.compatibility(row);
                    compatibility.set(c.employerSector(), c.hostSector(), c.compatibility());
                }));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the built-in reference data is broken: " + problems.list());
        }
        return new ReferenceData(organisations, compatibility);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = BuiltInReference.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the solver jar lacks " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
