package nl.doorstroom.solver.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.CompatibilityTable;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Sector;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.input.ProgrammeFiles;

/**
 * Writes a plan as a complete programme folder that {@link ProgrammeReader} reads back to the same plan:
 * for exporting a programme and for generated benchmark instances.
 */
public final class ProgrammeWriter {

    private ProgrammeWriter() {
    }

    /** Where the files go: a folder, or memory for a download. */
    private interface Files {
        CsvOut open(String file, String... header);
    }

    public static void write(Plan plan, Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(plan, (file, header) -> CsvOut.to(folder.resolve(file), header));
        PlacementsWriter.write(plan, folder.resolve(ProgrammeFiles.PLACEMENTS));
    }

    /** The programme folder's files by name, as UTF-8 bytes, in the order of a programme folder. */
    public static Map<String, byte[]> files(Plan plan) {
        Map<String, StringWriter> texts = new LinkedHashMap<>();
        write(plan, (file, header) -> new CsvOut(texts.computeIfAbsent(file, f -> new StringWriter()), header));
        StringWriter placements = new StringWriter();
        PlacementsWriter.write(plan, placements);
        texts.put(ProgrammeFiles.PLACEMENTS, placements);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : ProgrammeFiles.ALL) {
            StringWriter text = texts.get(file);
            if (text != null) {
                files.put(file, text.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void write(Plan plan, Files files) {
        writeSettings(plan.getProgramme(), files);
        writeOrganisations(plan, files);
        writeCompatibility(plan.getProgramme().getCompatibility(), files);
        writeParticipants(plan, files);
        writeCapacity(plan, files);
        writeWishes(plan, files);
    }

    private static void writeSettings(Programme programme, Files files) {
        try (CsvOut csv = files.open(ProgrammeFiles.PROGRAMME, "setting", "value")) {
            csv.row("name", programme.getName())
                    .row("first_period_start", programme.getPeriods().get(0).getStart())
                    .row("period_count", programme.getPeriods().size())
                    .row("rotation_months", programme.getRotationMonths())
                    .row("max_commute_km", programme.getMaxCommuteKm())
                    .row("layer_variety_target", programme.getLayerVarietyTarget());
            new TreeMap<>(programme.getWeightOverrides())
                    .forEach((rule, weight) -> csv.row(SettingsCsv.WEIGHT_PREFIX + rule, weight));
        }
    }

    private static void writeOrganisations(Plan plan, Files files) {
        try (CsvOut csv = files.open(ProgrammeFiles.ORGANISATIONS, RecordsCsv.ORGANISATIONS.all()
                .toArray(String[]::new))) {
            for (Organisation o : plan.getOrganisations()) {
                csv.row(o.getCode(), o.getName(), o.getLayer(), o.getSector(), o.getTown(),
                        o.getLocation().latitude(), o.getLocation().longitude(), "", "");
            }
        }
    }

    private static void writeCompatibility(CompatibilityTable table, Files files) {
        try (CsvOut csv = files.open(ProgrammeFiles.COMPATIBILITY, "employer_sector", "host_sector",
                "compatibility")) {
            for (Sector employer : Sector.values()) {
                for (Sector host : Sector.values()) {
                    if (table.mentions(employer, host)) {
                        csv.row(employer, host, table.get(employer, host));
                    }
                }
            }
        }
    }

    private static void writeParticipants(Plan plan, Files files) {
        try (CsvOut csv = files.open(ProgrammeFiles.PARTICIPANTS,
                RecordsCsv.PARTICIPANTS.all().toArray(String[]::new))) {
            for (Participant p : plan.getParticipants()) {
                String unavailable = p.getUnavailablePeriods().stream().sorted().map(Period::getId)
                        .collect(Collectors.joining("|"));
                csv.row(p.getId(), p.getName(), p.getKind(), p.getEmployer().getCode(), p.getSalaryScale(),
                        p.getHomeTown(), p.getDiscipline(), p.getHome().latitude(), p.getHome().longitude(),
                        p.getFirstPeriod().getId(), p.getLastPeriod().getId(), unavailable, p.getMaxCommuteKm(),
                        p.getEmail());
            }
        }
        try (CsvOut csv = files.open(ProgrammeFiles.HISTORY, "participant", "host",
                "period")) {
            for (Participant p : plan.getParticipants()) {
                for (HistoryEntry entry : p.getHistory()) {
                    csv.row(p.getId(), entry.host().getCode(), entry.period());
                }
            }
        }
        try (CsvOut csv = files.open(ProgrammeFiles.DISTANCES, "participant", "host", "km",
                "minutes")) {
            for (Participant p : plan.getParticipants()) {
                new TreeMap<>(p.getKnownCommutes()).forEach((host, c) -> csv.row(p.getId(), host, c.km(), c.minutes()));
            }
        }
    }

    private static void writeCapacity(Plan plan, Files files) {
        try (CsvOut csv = files.open(ProgrammeFiles.CAPACITY, "host", "period", "discipline", "min", "max",
                "max_salary_scale")) {
            for (CapacityDeclaration c : plan.getCapacityDeclarations()) {
                csv.row(c.getHost().getCode(), c.getPeriod().getId(), c.getDiscipline(), c.getMin(), c.getMax(),
                        c.getMaxSalaryScale());
            }
        }
    }

    private static void writeWishes(Plan plan, Files files) {
        try (CsvOut csv = files.open(ProgrammeFiles.WISHES, "participant", "host", "period", "by")) {
            for (Wish w : plan.getWishes()) {
                csv.row(w.participant().getId(), w.host().getCode(), w.period() == null ? "" : w.period().getId(),
                        w.source());
            }
        }
    }
}
