package nl.doorstroom.solver.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/** Writes a plan's placements as placements.csv, readable back as the published plan. */
public final class PlacementsWriter {

    static final String[] HEADER = {"participant", "period", "host", "pinned", "participant_name", "host_name",
            "layer", "town", "commute_km", "commute_minutes"};

    private PlacementsWriter() {
    }

    /** Sorted by participant id, then period; leaves {@code out} open. */
    public static void write(Plan plan, Writer out) {
        write(plan, out, CsvDialect.PLAIN);
    }

    /** As {@link #write(Plan, Writer)}, separated as the dialect says; a byte-order mark is the caller's. */
    public static void write(Plan plan, Writer out, CsvDialect dialect) {
        CsvOut csv = new CsvOut(out, dialect, HEADER);
        plan.getPlacements().stream()
                .sorted(Comparator.comparing((Placement p) -> p.getParticipant().getId())
                        .thenComparing(Placement::getPeriod))
                .forEach(p -> {
                    Organisation host = p.getHost();
                    Commute commute = host == null ? null : p.getCommute();
                    csv.row(p.getParticipant().getId(), p.getPeriod().getId(), host == null ? "" : host.getCode(),
                            p.isPinned(), p.getParticipant().getName(), host == null ? "" : host.getName(),
                            host == null ? "" : host.getLayer(), host == null ? "" : host.getTown(),
                            commute == null ? "" : commute.km(), commute == null ? "" : commute.minutes());
                });
        csv.flush();
    }

    public static void write(Plan plan, Path file) {
        write(plan, file, CsvDialect.PLAIN);
    }

    /** In the dialect of the files it was read from, so a spreadsheet opens it as it opened those. */
    public static void write(Plan plan, Path file, CsvDialect dialect) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (dialect.byteOrderMark()) {
                out.write('\uFEFF');
            }
            write(plan, out, dialect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
