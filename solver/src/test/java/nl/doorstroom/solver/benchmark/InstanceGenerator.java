package nl.doorstroom.solver.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.CompatibilityTable;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.ParticipantKind;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Sector;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.domain.WishSource;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeWriter;

/**
 * Writes benchmark programmes in the normal CSV format, built on the real organisations of
 * {@code data/reference/organisations.csv}. Deterministic: one fixed seed per {@link InstanceSize}.
 *
 * <ul>
 * <li>Hosts: the region's province(s), water boards and (from M on) the ministries, then the largest
 * municipalities until the size's host count is reached; XL takes every organisation.</li>
 * <li>Capacity per host and period is about 1.25 times the active participants of the period, shared
 * out in proportion to population (a province counts as 300,000 inhabitants, a water board as 150,000,
 * a ministry as 200,000); hosts with room for three or more ask for at least one. Provinces add a
 * {@code ruimte} slot, water boards a {@code water} slot, Financiën a {@code financiën} slot; one in
 * five small municipalities takes salary scale 9 at most; one host-period in twenty declares nothing.</li>
 * <li>Participants live in the region's municipalities in proportion to population (exact home
 * within about 3 km of the town hall), are employed by a host they can reach or (15 %) by a pool
 * employer, are 80 % trainees and 20 % junior pool members, start in overlapping cohorts of four
 * periods, and have disciplines, salary scales 7–10, the odd unavailable period, an earlier placement
 * (15 %) and wishes (10 % of participants, plus a few from hosts). Everyone can reach at least two more
 * compatible hosts than they have periods to be placed in.</li>
 * <li>Commute limit 45 km (one in thirty participants has an own limit of 35 km), layer-variety target 3.</li>
 * </ul>
 */
public final class InstanceGenerator {

    static final String REFERENCE = "/nl/doorstroom/reference/organisations.csv";
    static final int MAX_COMMUTE_KM = 45;
    static final double CAPACITY_SLACK = 1.25;
    private static final LocalDate FIRST_START = LocalDate.of(2027, 1, 1);
    private static final int COHORT_LENGTH = 4;
    private static final String[] DISCIPLINES = {"ruimte", "sociaal domein", "bedrijfsvoering", "financiën", "water",
            "juridisch", "digitalisering"};
    private static final int[] DISCIPLINE_WEIGHTS = {20, 18, 16, 12, 12, 12, 10};
    private static final String[] FIRST_NAMES = {"Emma", "Daan", "Julia", "Sem", "Mila", "Lucas", "Sophie", "Finn",
            "Tess", "Milan", "Sara", "Levi", "Anna", "Noah", "Fleur", "Luuk", "Noor", "Bram", "Lotte", "Jesse",
            "Yara", "Thijs", "Eva", "Ruben", "Sanne", "Mohammed", "Fatima", "Amir", "Ilse", "Joost"};
    private static final String[] LAST_NAMES = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
            "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
            "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "El Amrani",
            "Yilmaz", "Kaya", "van der Meer", "Koster", "Prins"};

    /** A row of the reference file, with the two columns the domain does not keep. */
    record ReferenceOrganisation(Organisation organisation, String province, long population) {
    }

    private InstanceGenerator() {
    }

    /** Generates the instance and writes it as a programme folder; returns the folder. */
    public static Path write(InstanceSize size, Path folder) {
        ProgrammeWriter.write(generate(size), folder);
        return folder;
    }

    /** Generates and writes the instance, then reads it back as every other programme is read. */
    public static Plan writeAndRead(InstanceSize size, Path folder) {
        return ProgrammeReader.read(write(size, folder));
    }

    public static Plan generate(InstanceSize size) {
        return generate(size, size.seed());
    }

    /**
     * An instance of the size drawn with another seed: for measuring how a solver does on instances like the
     * benchmark's, not only on the one the size fixes.
     */
    public static Plan generate(InstanceSize size, long seed) {
        Random random = new Random(seed);
        List<ReferenceOrganisation> reference = readReference();
        List<Period> periods = periods(size.periods());
        List<ReferenceOrganisation> hosts = chooseHosts(size, reference);
        List<ReferenceOrganisation> homeTowns = reference.stream()
                .filter(r -> r.organisation().getLayer() == Layer.MUNICIPALITY && r.population() > 0)
                .filter(r -> size.nationwide() || size.provinces().contains(r.province())).toList();
        Organisation pool = new Organisation("POOL-NL", "Stichting Doorstroom Talentenpool", Layer.OTHER, Sector.POOL,
                "Utrecht", new Location(52.0907, 5.1214));
        CompatibilityTable compatibility = defaultCompatibility();
        Programme programme = new Programme("Benchmark " + size.name(), 6, periods, MAX_COMMUTE_KM, 3, compatibility,
                Map.of());

        // Participants: cohorts first, so capacity can follow the number active in each period.
        int cohorts = size.periods() - COHORT_LENGTH + 1;
        List<Participant> participants = new ArrayList<>();
        long totalPopulation = homeTowns.stream().mapToLong(ReferenceOrganisation::population).sum();
        for (int i = 0; i < size.participants(); i++) {
            String id = String.format("P%04d", i + 1);
            int cohort = i % cohorts;
            Period first = periods.get(cohort);
            Period last = periods.get(Math.min(size.periods() - 1, cohort + COHORT_LENGTH - 1));
            ParticipantKind kind = random.nextInt(100) < 80 ? ParticipantKind.TRAINEE : ParticipantKind.JUNIOR;
            int salaryScale = 7 + random.nextInt(4);
            String discipline = DISCIPLINES[pickWeighted(random, DISCIPLINE_WEIGHTS)];
            Integer ownLimit = random.nextInt(30) == 0 ? 35 : null;
            int limit = ownLimit != null ? ownLimit : MAX_COMMUTE_KM;
            Set<Period> unavailable = new HashSet<>();
            int active = last.getIndex() - first.getIndex() + 1;
            if (random.nextInt(20) == 0) {
                unavailable.add(periods.get(first.getIndex() + 1 + random.nextInt(active - 1)));
                active--;
            }
            // Home: a town in proportion to population, close enough to enough hosts.
            ReferenceOrganisation town;
            Location home;
            List<Organisation> reachable;
            do {
                town = pickByPopulation(random, homeTowns, totalPopulation);
                Location centre = town.organisation().getLocation();
                home = new Location(centre.latitude() + (random.nextDouble() - 0.5) * 0.05,
                        centre.longitude() + (random.nextDouble() - 0.5) * 0.08);
                Location at = home;
                reachable = hosts.stream().map(ReferenceOrganisation::organisation)
                        .filter(h -> h.getSector() != Sector.DEFENSIE)
                        .filter(h -> Commute.estimate(at, h.getLocation()).km() <= limit).toList();
            } while (reachable.size() < active + 2);
            Organisation employer = random.nextInt(100) < 15 ? pool : reachable.get(random.nextInt(reachable.size()));
            List<HistoryEntry> history = new ArrayList<>();
            if (random.nextInt(100) < 15) {
                history.add(new HistoryEntry(reachable.get(random.nextInt(reachable.size())), "2026-H2"));
            }
            String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                    + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            participants.add(new Participant(id, name, kind, employer, salaryScale, discipline,
                    town.organisation().getName(), home, ownLimit, first, last, unavailable, history, Map.of()));
        }

        List<CapacityDeclaration> capacity = capacity(random, hosts, periods, participants);
        CapacityDeclaration.linkSlots(capacity);
        List<Wish> wishes = wishes(random, participants, hosts, capacity);

        Set<Organisation> organisations = new HashSet<>();
        hosts.forEach(h -> organisations.add(h.organisation()));
        participants.forEach(p -> organisations.add(p.getEmployer()));
        List<Organisation> sortedOrganisations = organisations.stream()
                .sorted(Comparator.comparing(Organisation::getCode)).toList();
        return new Plan(programme, new ArrayList<>(sortedOrganisations), participants, capacity, wishes,
                new ArrayList<Placement>());
    }

    // ---- hosts and capacity

    static List<ReferenceOrganisation> chooseHosts(InstanceSize size, List<ReferenceOrganisation> reference) {
        if (size.hosts() == Integer.MAX_VALUE) {
            return reference;
        }
        List<ReferenceOrganisation> chosen = new ArrayList<>();
        for (ReferenceOrganisation r : reference) {
            Layer layer = r.organisation().getLayer();
            boolean inRegion = size.nationwide() || size.provinces().contains(r.province());
            if ((layer == Layer.PROVINCE || layer == Layer.WATER_BOARD) && inRegion) {
                chosen.add(r);
            } else if (layer == Layer.MINISTRY && size != InstanceSize.S && r.organisation().getSector() == Sector.RIJK
                    && (size.nationwide() || size.provinces().contains("PV28"))) {
                chosen.add(r);
            }
        }
        reference.stream()
                .filter(r -> r.organisation().getLayer() == Layer.MUNICIPALITY)
                .filter(r -> size.nationwide() || size.provinces().contains(r.province()))
                .sorted(Comparator.comparingLong(ReferenceOrganisation::population).reversed()
                        .thenComparing(r -> r.organisation().getCode()))
                .limit(Math.max(0, size.hosts() - chosen.size()))
                .forEach(chosen::add);
        chosen.sort(Comparator.comparing(r -> r.organisation().getCode()));
        return chosen;
    }

    private static double weight(ReferenceOrganisation r) {
        return switch (r.organisation().getLayer()) {
            case PROVINCE -> 300_000;
            case WATER_BOARD -> 150_000;
            case MINISTRY -> 200_000;
            default -> Math.max(5_000, r.population());
        };
    }

    private static List<CapacityDeclaration> capacity(Random random, List<ReferenceOrganisation> hosts,
            List<Period> periods, List<Participant> participants) {
        double totalWeight = hosts.stream().mapToDouble(InstanceGenerator::weight).sum();
        Set<String> smallWithCeiling = new HashSet<>();
        for (ReferenceOrganisation h : hosts) {
            if (h.organisation().getLayer() == Layer.MUNICIPALITY && h.population() < 40_000 && random.nextInt(5) == 0) {
                smallWithCeiling.add(h.organisation().getCode());
            }
        }
        List<CapacityDeclaration> capacity = new ArrayList<>();
        for (Period period : periods) {
            long active = participants.stream().filter(p -> p.isPlannedIn(period)).count();
            double places = active * CAPACITY_SLACK;
            for (ReferenceOrganisation h : hosts) {
                Organisation host = h.organisation();
                if (random.nextInt(20) == 0) {
                    continue; // declares nothing this period (rule 2)
                }
                double share = places * weight(h) / totalWeight;
                int max = (int) Math.floor(share) + (random.nextDouble() < share - Math.floor(share) ? 1 : 0);
                max = Math.max(1, max);
                int min = max >= 3 ? 1 : 0;
                Integer ceiling = smallWithCeiling.contains(host.getCode()) ? 9 : null;
                capacity.add(new CapacityDeclaration(host, period, "", min, max, ceiling));
                String slot = switch (host.getLayer()) {
                    case PROVINCE -> "ruimte";
                    case WATER_BOARD -> "water";
                    default -> host.getCode().equals("FIN") ? "financiën" : null;
                };
                if (slot != null) {
                    capacity.add(new CapacityDeclaration(host, period, slot, 0, Math.max(1, max / 3), null));
                }
            }
        }
        return capacity;
    }

    /**
     * About one participant in eight wishes for a host near home, one in two of them for a period: only hosts and
     * periods with declared capacity in the participant's periods, since the input rules refuse a wish that could
     * never be honoured.
     */
    private static List<Wish> wishes(Random random, List<Participant> participants, List<ReferenceOrganisation> hosts,
            List<CapacityDeclaration> capacity) {
        Map<Organisation, Set<Period>> declared = new LinkedHashMap<>();
        capacity.forEach(c -> declared.computeIfAbsent(c.getHost(), h -> new HashSet<>()).add(c.getPeriod()));
        List<Wish> wishes = new ArrayList<>();
        for (Participant p : participants) {
            int roll = random.nextInt(100);
            if (roll >= 12) {
                continue;
            }
            List<Organisation> near = hosts.stream().map(ReferenceOrganisation::organisation)
                    .filter(h -> h.getSector() != Sector.DEFENSIE && !p.hasWorkedAt(h))
                    .filter(h -> p.commuteTo(h).km() <= 30).toList();
            if (near.isEmpty()) {
                continue;
            }
            Organisation host = near.get(random.nextInt(near.size()));
            List<Period> open = declared.getOrDefault(host, Set.of()).stream().filter(p::isPlannedIn)
                    .sorted(Comparator.comparingInt(Period::getIndex)).toList();
            if (open.isEmpty()) {
                continue;
            }
            Period period = random.nextBoolean() ? open.get(random.nextInt(open.size())) : null;
            wishes.add(new Wish(roll < 10 ? WishSource.PARTICIPANT : WishSource.HOST, p, host, period));
        }
        return wishes;
    }

    // ---- helpers

    static List<Period> periods(int count) {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = FIRST_START.plusMonths(6L * i);
            String id = start.getYear() + (start.getMonthValue() == 1 ? "-H1" : "-H2");
            periods.add(new Period(id, i, start, start.plusMonths(6).minusDays(1)));
        }
        return periods;
    }

    /** The default table of data/README.md (the reference file the reader loads as well). */
    static CompatibilityTable defaultCompatibility() {
        CompatibilityTable table = new CompatibilityTable();
        Sector[] government = {Sector.GEMEENTEN, Sector.PROVINCIES, Sector.WATERSCHAPPEN, Sector.RIJK};
        for (Sector employer : government) {
            for (Sector host : government) {
                table.set(employer, host, employer == host ? Compatibility.ALLOWED : Compatibility.SECONDMENT);
            }
        }
        table.set(Sector.RIJK, Sector.DEFENSIE, Compatibility.SECONDMENT);
        table.set(Sector.DEFENSIE, Sector.RIJK, Compatibility.SECONDMENT);
        table.set(Sector.DEFENSIE, Sector.DEFENSIE, Compatibility.ALLOWED);
        for (Sector host : new Sector[] {Sector.GEMEENTEN, Sector.PROVINCIES, Sector.WATERSCHAPPEN, Sector.RIJK,
                Sector.DEFENSIE}) {
            table.set(Sector.POOL, host, Compatibility.ALLOWED);
        }
        return table;
    }

    static List<ReferenceOrganisation> readReference() {
        try (InputStream in = InstanceGenerator.class.getResourceAsStream(REFERENCE);
                CSVReader csv = new CSVReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = csv.readAll();
            Map<String, Integer> column = new LinkedHashMap<>();
            String[] header = rows.get(0);
            for (int i = 0; i < header.length; i++) {
                column.put(header[i].trim().replace("\uFEFF", ""), i);
            }
            List<ReferenceOrganisation> result = new ArrayList<>();
            for (String[] row : rows.subList(1, rows.size())) {
                if (row.length < header.length) {
                    continue;
                }
                Organisation o = new Organisation(row[column.get("code")], row[column.get("name")],
                        Layer.valueOf(row[column.get("layer")]), Sector.valueOf(row[column.get("sector")]),
                        row[column.get("town")], new Location(Double.parseDouble(row[column.get("latitude")]),
                                Double.parseDouble(row[column.get("longitude")])));
                String population = row[column.get("population")].trim();
                result.add(new ReferenceOrganisation(o, row[column.get("province")],
                        population.isEmpty() ? 0 : Long.parseLong(population)));
            }
            return result;
        } catch (IOException | CsvException e) {
            throw new UncheckedIOException(new IOException("cannot read " + REFERENCE, e));
        }
    }

    private static ReferenceOrganisation pickByPopulation(Random random, List<ReferenceOrganisation> towns, long total) {
        long target = (long) (random.nextDouble() * total);
        for (ReferenceOrganisation town : towns) {
            target -= town.population();
            if (target < 0) {
                return town;
            }
        }
        return towns.get(towns.size() - 1);
    }

    private static int pickWeighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int target = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
