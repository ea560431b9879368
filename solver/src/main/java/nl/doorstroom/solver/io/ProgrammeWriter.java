package nl.doorstroom.solver.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    public static void write(Plan plan, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeSettings(plan.getProgramme(), folder);
        writeOrganisations(plan, folder);
        writeCompatibility(plan.getProgramme().getCompatibility(), folder);
        writeParticipants(plan, folder);
        writeCapacity(plan, folder);
        writeWishes(plan, folder);
        PlacementsWriter.write(plan, folder.resolve(ProgrammeFiles.PLACEMENTS));
    }

    private static void writeSettings(Programme programme, Path folder) {
        try (CsvOut csv = CsvOut.to(folder.resolve(ProgrammeFiles.PROGRAMME), "setting", "value")) {
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

    private static void writeOrganisations(Plan plan, Path folder) {
        try (CsvOut csv = CsvOut.to(folder.resolve(ProgrammeFiles.ORGANISATIONS), RecordsCsv.ORGANISATIONS.all()
                .toArray(String[]::new))) {
            for (Organisation o : plan.getOrganisations()) {
                csv.row(o.getCode(), o.getName(), o.getLayer(), o.getSector(), o.getTown(),
                        o.getLocation().latitude(), o.getLocation().longitude(), "", "");
            }
        }
    }

    private static void writeCompatibility(CompatibilityTable table, Path folder) {
        try (CsvOut csv = CsvOut.to(folder.resolve(ProgrammeFiles.COMPATIBILITY), "employer_sector", "host_sector",
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

    private static void writeParticipants(Plan plan, Path folder) {
        try (CsvOut csv = CsvOut.to(folder.resolve(ProgrammeFiles.PARTICIPANTS),
                RecordsCsv.PARTICIPANTS.all().toArray(String[]::new))) {
            for (Participant p : plan.getParticipants()) {
                String unavailable = p.getUnavailablePeriods().stream().sorted().map(Period::getId)
                        .collect(Collectors.joining("|"));
                csv.row(p.getId(), p.getName(), p.getKind(), p.getEmployer().getCode(), p.getSalaryScale(),
                        p.getHomeTown(), p.getDiscipline(), p.getHome().latitude(), p.getHome().longitude(),
                        p.getFirstPeriod().getId(), p.getLastPeriod().getId(), unavailable, p.getMaxCommuteKm());
            }
        }
        try (CsvOut csv = CsvOut.to(folder.resolve(ProgrammeFiles.HISTORY), "participant", "host",
                "period")) {
            for (Participant p : plan.getParticipants()) {
                for (HistoryEntry entry : p.getHistory()) {
                    csv.row(p.getId(), entry.host().getCode(), entry.period());
                }
            }
        }
        try (CsvOut csv = CsvOut.to(folder.resolve(ProgrammeFiles.DISTANCES), "participant", "host", "km",
                "minutes")) {
            for (Participant p : plan.getParticipants()) {
                new TreeMap<>(p.getKnownCommutes()).forEach((host, c) -> csv.row(p.getId(), host, c.km(), c.minutes()));
            }
        }
    }

    private static void writeCapacity(Plan plan, Path folder) {
        try (CsvOut csv = CsvOut.to(folder.resolve(ProgrammeFiles.CAPACITY), "host", "period", "discipline", "min", "max",
                "max_salary_scale")) {
            for (CapacityDeclaration c : plan.getCapacityDeclarations()) {
                csv.row(c.getHost().getCode(), c.getPeriod().getId(), c.getDiscipline(), c.getMin(), c.getMax(),
                        c.getMaxSalaryScale());
            }
        }
    }

    private static void writeWishes(Plan plan, Path folder) {
        try (CsvOut csv = CsvOut.to(folder.resolve(ProgrammeFiles.WISHES), "participant", "host", "period", "by")) {
            for (Wish w : plan.getWishes()) {
                csv.row(w.participant().getId(), w.host().getCode(), w.period() == null ? "" : w.period().getId(),
                        w.source());
            }
        }
    }
}
