package nl.doorstroom.solver.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a programme folder with many participants, for measuring how fast a large file is read (not for
 * solving well): every Dutch municipality hosts in each of four periods, and participants live in municipalities
 * written the ways coordinators write them (name, code, other case, typographic apostrophe).
 */
public final class LargeProgramme {

    private static final String[] KINDS = {"TRAINEE", "JUNIOR"};
    private static final String[] DISCIPLINES = {"", "ruimte", "sociaal domein", "financiën", "water"};

    private LargeProgramme() {
    }

    /** The folder, with {@code participants} participants. */
    public static Path write(Path folder, int participants, long seed) {
        try {
            Files.createDirectories(folder);
            List<String[]> municipalities = municipalities();
            Files.writeString(folder.resolve("programme.csv"), "setting,value\nname,Large programme\n"
                    + "first_period_start,2027-01-01\nperiod_count,4\nmax_commute_km,45\nlayer_variety_target,1\n");
            Random random = new Random(seed);
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("participants.csv"),
                    StandardCharsets.UTF_8)) {
                out.write("id,name,kind,employer,salary_scale,discipline,home,first_period,last_period\n");
                for (int i = 1; i <= participants; i++) {
                    String[] home = municipalities.get(random.nextInt(municipalities.size()));
                    String[] employer = municipalities.get(random.nextInt(municipalities.size()));
                    String homeAsWritten = switch (random.nextInt(4)) {
                        case 0 -> home[0];
                        case 1 -> home[1].toUpperCase(java.util.Locale.ROOT);
                        case 2 -> home[1].replace('\'', '\u2019');
                        default -> home[1];
                    };
                    out.write("P" + i + ",Deelnemer " + i + "," + KINDS[random.nextInt(2)] + "," + employer[0] + ","
                            + (6 + random.nextInt(6)) + "," + DISCIPLINES[random.nextInt(DISCIPLINES.length)] + ","
                            + quoted(homeAsWritten) + ",,\n");
                }
            }
            int perHost = (int) Math.ceil(participants * 1.25 / municipalities.size());
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("capacity.csv"),
                    StandardCharsets.UTF_8)) {
                out.write("host,period,discipline,min,max,max_salary_scale\n");
                for (String[] host : municipalities) {
                    for (String period : List.of("2027-H1", "2027-H2", "2028-H1", "2028-H2")) {
                        out.write(host[0] + "," + period + ",,0," + perHost + ",\n");
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return text.contains(",") ? "\"" + text + "\"" : text;
    }

    /** Code and name of every municipality in the reference. */
    private static List<String[]> municipalities() throws IOException {
        List<String[]> found = new ArrayList<>();
        try (InputStream in = LargeProgramme.class.getResourceAsStream(InstanceGenerator.REFERENCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
                if (line.contains(",MUNICIPALITY,") && !line.startsWith("\"")) {
                    String[] fields = line.split(",", 3);
                    if (!fields[1].startsWith("\"")) {
                        found.add(new String[] {fields[0], fields[1]});
                    }
                }
            }
        }
        return found;
    }

    /** {@code LargeProgramme <folder> [participants]}: writes the folder, for the planner or a profiler. */
    public static void main(String[] args) {
        int participants = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        System.out.println("Wrote " + write(Path.of(args[0]), participants, 1L));
    }
}
