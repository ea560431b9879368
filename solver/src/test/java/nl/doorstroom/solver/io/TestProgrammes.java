package nl.doorstroom.solver.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Plan;

/** The small test programme, copies of it to spoil, and a plan described as text to compare plans by. */
final class TestProgrammes {

    static final List<String> FILES = List.of("programme.csv", "organisations.csv", "compatibility.csv",
            "participants.csv", "capacity.csv", "history.csv", "wishes.csv", "distances.csv", "placements.csv");

    private TestProgrammes() {
    }

    static Path small() {
        try {
            return Path.of(TestProgrammes.class.getResource("/programmes/small/programme.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> smallFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(small())) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String text(String file) {
        return new String(smallFiles().get(file), StandardCharsets.UTF_8);
    }

    /** A copy of the small programme in {@code folder}. */
    static Path copyOfSmall(Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : smallFiles().entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    /**
     * A copy of the small programme with the files of one case under {@code /inputs/<case>/} laid over it: real
     * files as a spreadsheet or a hand edit leaves them.
     */
    static Path copyOfSmallWith(Path folder, String inputCase) throws IOException {
        copyOfSmall(folder);
        Path overlay;
        try {
            overlay = Path.of(TestProgrammes.class.getResource("/inputs/" + inputCase).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test input case " + inputCase, e);
        }
        try (Stream<Path> files = Files.list(overlay)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    /** Everything the plan holds, one fact a line, in a stable order. */
    static List<String> describe(Plan plan) {
        List<String> lines = new ArrayList<>();
        var programme = plan.getProgramme();
        lines.add("programme " + programme.getName() + " " + programme.getRotationMonths() + " "
                + programme.getMaxCommuteKm() + " " + programme.getLayerVarietyTarget() + " "
                + new TreeMap<>(programme.getWeightOverrides()));
        plan.getPeriods().forEach(p -> lines.add("period " + p.getId() + " " + p.getIndex() + " " + p.getStart()
                + " " + p.getEnd()));
        plan.getOrganisations().stream().sorted(Comparator.comparing(Organisation::getCode))
                .forEach(o -> lines.add("organisation " + o.getCode() + " " + o.getName() + " " + o.getLayer() + " "
                        + o.getSector() + " " + o.getTown() + " " + o.getLocation()));
        for (Participant p : plan.getParticipants()) {
            lines.add("participant " + p.getId() + " " + p.getName() + " " + p.getKind() + " "
                    + p.getEmployer().getCode() + " " + p.getSalaryScale() + " " + p.getDiscipline() + " "
                    + p.getHomeTown() + " " + p.getHome() + " " + p.getMaxCommuteKm() + " " + p.getFirstPeriod()
                    + ".." + p.getLastPeriod() + " " + p.getUnavailablePeriods().stream().sorted().toList() + " "
                    + p.getHistory() + " " + new TreeMap<>(p.getKnownCommutes()));
        }
        plan.getCapacityDeclarations().forEach(c -> lines.add("capacity " + c + " " + c.getMaxSalaryScale() + " "
                + c.disciplinesNamedByHost()));
        plan.getWishes().forEach(w -> lines.add("wish " + w.source() + " " + w.participant().getId() + " "
                + w.host().getCode() + " " + w.period()));
        plan.getPlacements().forEach(p -> lines.add("placement " + p + " pinned=" + p.isPinned() + " published="
                + p.getPublishedHost() + " hosts=" + p.getPossibleHosts()));
        List<String> sectors = new ArrayList<>();
        for (var e : nl.doorstroom.solver.domain.Sector.values()) {
            for (var h : nl.doorstroom.solver.domain.Sector.values()) {
                sectors.add(e + ">" + h + "=" + programme.getCompatibility().get(e, h));
            }
        }
        lines.add("compatibility " + sectors);
        return lines;
    }
}
