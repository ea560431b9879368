package nl.doorstroom.solver.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Sector;

/**
 * The reference organisations with a programme's organisations.csv laid over them, and looking up an
 * organisation or a municipality by what a coordinator types.
 */
final class Organisations {

    static final String FILE = "organisations.csv";
    static final String REFERENCE = "nl/doorstroom/reference/organisations.csv";
    static final Columns COLUMNS = Columns.of(
            List.of("code", "name", "layer", "sector", "town", "latitude", "longitude"),
            List.of("province", "population"));

    private final Map<String, Organisation> byCode = new LinkedHashMap<>();
    /** Codes of rows that were wrong (and reported): references to them are not reported again. */
    private final Set<String> brokenCodes = new HashSet<>();

    static Organisations read(ReadContext context) {
        Organisations organisations = new Organisations();
        Problems referenceProblems = new Problems();
        CsvTable.parse("reference/organisations.csv", reference(REFERENCE), COLUMNS, referenceProblems)
                .ifPresent(organisations::load);
        referenceProblems.throwIfAny();
        context.table(FILE, COLUMNS, false).ifPresent(organisations::load);
        return organisations;
    }

    static byte[] reference(String resource) {
        try (InputStream in = Organisations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the solver jar lacks " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(CsvTable table) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String code = row.required("code", "an organisation code such as GM0796, PV30, WS0155 or BZK");
            if (code == null) {
                continue;
            }
            String key = code.toUpperCase(Locale.ROOT);
            if (firstLines.containsKey(key)) {
                row.problem("code", "duplicate organisation code '" + code + "' (first on line "
                        + firstLines.get(key) + ")");
                continue;
            }
            firstLines.put(key, row.line());
            Organisation organisation = organisation(row, key);
            if (organisation == null) {
                brokenCodes.add(key);
                byCode.remove(key);
            } else {
                byCode.put(key, organisation);
            }
        }
    }

    private static Organisation organisation(CsvRow row, String code) {
        String name = row.required("name", "the organisation's name");
        Layer layer = row.enumValue("layer", Layer.class, null);
        Sector sector = row.enumValue("sector", Sector.class, null);
        String town = row.required("town", "the town where the organisation works");
        Double latitude = requiredDecimal(row, "latitude", -90, 90);
        Double longitude = requiredDecimal(row, "longitude", -180, 180);
        row.integer("population", 0, Integer.MAX_VALUE, null);
        if (name == null || layer == null || sector == null || town == null || latitude == null
                || longitude == null) {
            return null;
        }
        return new Organisation(code, name, layer, sector, town, new Location(latitude, longitude));
    }

    static Double requiredDecimal(CsvRow row, String column, double min, double max) {
        if (row.isEmpty(column)) {
            row.problem(column, "empty " + column + ": expected decimal degrees from " + (long) min + " to "
                    + (long) max);
            return null;
        }
        return row.decimal(column, min, max);
    }

    /** The organisation, or null: reported unless the code's own row was wrong. */
    Organisation find(CsvRow row, String column, String code) {
        String key = code.toUpperCase(Locale.ROOT);
        Organisation organisation = byCode.get(key);
        if (organisation == null && !brokenCodes.contains(key)) {
            row.problem(column, "unknown organisation '" + code + "': expected an organisation code such as "
                    + "GM0796, PV30, WS0155 or BZK, from the reference or organisations.csv");
        }
        return organisation;
    }

    /** Whether the code was given but its row was wrong, so a lookup failing is already reported. */
    boolean isBroken(String code) {
        return brokenCodes.contains(code.toUpperCase(Locale.ROOT));
    }

    /** Municipalities whose code or name is {@code home}, ignoring case and a CBS suffix such as " (O.)". */
    List<Organisation> municipalities(String home) {
        String wanted = home.trim().toLowerCase(Locale.ROOT);
        List<Organisation> exact = new ArrayList<>();
        List<Organisation> withoutSuffix = new ArrayList<>();
        for (Organisation o : byCode.values()) {
            if (o.getLayer() != Layer.MUNICIPALITY) {
                continue;
            }
            String name = o.getName().toLowerCase(Locale.ROOT);
            if (o.getCode().toLowerCase(Locale.ROOT).equals(wanted) || name.equals(wanted)) {
                exact.add(o);
            } else if (name.replaceFirst("\\s*\\([^)]*\\)$", "").equals(wanted)) {
                withoutSuffix.add(o);
            }
        }
        return exact.isEmpty() ? withoutSuffix : exact;
    }

    Map<String, Organisation> byCode() {
        return byCode;
    }
}
