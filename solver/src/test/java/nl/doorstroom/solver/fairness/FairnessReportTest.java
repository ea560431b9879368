package nl.doorstroom.solver.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

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

/** The figures of a plan small enough to work out by hand. */
class FairnessReportTest {

    private static final Location HOME = new Location(51.56, 5.08);
    private final Period h1 = period("2027-H1", 0, 1);
    private final Period h2 = period("2027-H2", 1, 7);
    private final Organisation tilburg = new Organisation("GM0855", "Tilburg", Layer.MUNICIPALITY, Sector.GEMEENTEN,
            "Tilburg", new Location(51.58, 5.08));
    private final Organisation province = new Organisation("PV30", "Provincie Noord-Brabant", Layer.PROVINCE,
            Sector.PROVINCIES, "'s-Hertogenbosch", new Location(51.72, 5.35));
    private final Organisation waterBoard = new Organisation("WS0652", "Waterschap Brabantse Delta",
            Layer.WATER_BOARD, Sector.WATERSCHAPPEN, "Breda", new Location(51.59, 4.76));

    @Test
    void participantsTotalsSpreadAndWorstOffFirst() {
        // Fleur: 10 + 70 km; Daan: 40 + 40 km; Sem: 5 km, and a period without a host.
        Participant fleur = participant("T01", "Fleur de Groot", Map.of("GM0855", new Commute(10, 20),
                "WS0652", new Commute(70, 75)), List.of());
        Participant daan = participant("T02", "Daan Jansen", Map.of("PV30", new Commute(40, 45),
                "GM0855", new Commute(40, 50)), List.of(new HistoryEntry(waterBoard, "2026-H2")));
        Participant sem = participant("J01", "Sem Bakker", Map.of("GM0855", new Commute(5, 12)), List.of());
        List<Placement> placements = List.of(placement(fleur, h1, tilburg), placement(fleur, h2, waterBoard),
                placement(daan, h1, province), placement(daan, h2, tilburg), placement(sem, h1, null),
                placement(sem, h2, tilburg));
        List<Wish> wishes = List.of(new Wish(WishSource.PARTICIPANT, fleur, province, null),
                new Wish(WishSource.HOST, fleur, waterBoard, h2), new Wish(WishSource.PARTICIPANT, daan, tilburg, h1));
        List<CapacityDeclaration> slots = List.of(new CapacityDeclaration(tilburg, h1, null, 1, 2, null),
                new CapacityDeclaration(tilburg, h2, null, 0, 1, null),
                new CapacityDeclaration(province, h1, null, 2, 3, null));
        CapacityDeclaration.linkSlots(slots);

        FairnessReport report = FairnessReport.of(new Plan(programme(), List.of(tilburg, province, waterBoard),
                List.of(fleur, daan, sem), new ArrayList<>(slots), wishes, new ArrayList<>(placements)));

        assertThat(report.participants()).extracting(ParticipantFairness::id).containsExactly("T01", "T02", "J01");
        ParticipantFairness first = report.participants().get(0);
        assertThat(first).isEqualTo(new ParticipantFairness("T01", "Fleur de Groot", 2, 2, 80, 95, 70, 75,
                2, 2, 2, 1, 1)); // the water board is a secondment for a municipality's employee
        assertThat(report.participants().get(1)).isEqualTo(new ParticipantFairness("T02", "Daan Jansen", 2, 2, 80,
                95, 40, 50, 3, 3, 1, 0, 0)); // the water board from history counts as a layer seen
        assertThat(report.participants().get(2)).isEqualTo(new ParticipantFairness("J01", "Sem Bakker", 2, 1, 5,
                12, 5, 12, 1, 2, 0, 0, 0));
        // Totals 5, 80, 80: mean 55, unfairness √(50² + 25² + 25²) = 61.2.
        assertThat(report.spread()).isEqualTo(new Spread(3, 165, 55, 5, 80, 80, 80, 61));
        assertThat(report.histogram().binWidthKm()).isEqualTo(10);
        assertThat(report.histogram().bins()).hasSize(9);
        assertThat(report.histogram().bins().get(0)).isEqualTo(new Histogram.Bin(0, 10, 1));
        assertThat(report.histogram().bins().get(8)).isEqualTo(new Histogram.Bin(80, 90, 2));
        assertThat(report.worstOff()).hasSize(3);
    }

    @Test
    void hostsAgainstWhatTheyDeclaredOverAllPeriods() {
        Participant fleur = participant("T01", "Fleur de Groot", Map.of(), List.of());
        Participant daan = participant("T02", "Daan Jansen", Map.of(), List.of());
        List<CapacityDeclaration> slots = List.of(new CapacityDeclaration(tilburg, h1, null, 0, 1, null),
                new CapacityDeclaration(tilburg, h2, null, 1, 2, null),
                new CapacityDeclaration(province, h1, null, 1, 1, null));
        CapacityDeclaration.linkSlots(slots);
        List<Placement> placements = List.of(placement(fleur, h1, tilburg), placement(daan, h1, tilburg),
                placement(fleur, h2, province), placement(daan, h2, waterBoard));

        FairnessReport report = FairnessReport.of(new Plan(programme(), List.of(tilburg, province, waterBoard),
                List.of(fleur, daan), new ArrayList<>(slots), List.of(), new ArrayList<>(placements)));

        assertThat(report.hosts()).containsExactly(
                new HostFairness("GM0855", "Tilburg", "MUNICIPALITY", 2, 1, 3, 1, 1),
                new HostFairness("PV30", "Provincie Noord-Brabant", "PROVINCE", 1, 1, 1, 1, 1),
                new HostFairness("WS0652", "Waterschap Brabantse Delta", "WATER_BOARD", 1, 0, 0, 0, 1));
    }

    @Test
    void percentilesAreNearestRankAndBinsRound() {
        List<Long> values = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(Spread.percentile(values, 10)).isEqualTo(1);
        assertThat(Spread.percentile(values, 50)).isEqualTo(5);
        assertThat(Spread.percentile(values, 90)).isEqualTo(9);
        assertThat(Spread.percentile(List.of(), 90)).isZero();
        assertThat(Histogram.width(0)).isEqualTo(1);
        assertThat(Histogram.width(11)).isEqualTo(1);
        assertThat(Histogram.width(12)).isEqualTo(2);
        assertThat(Histogram.width(130)).isEqualTo(20);
        assertThat(Histogram.width(480)).isEqualTo(50);
    }

    private static Period period(String id, int index, int month) {
        LocalDate start = LocalDate.of(2027, month, 1);
        return new Period(id, index, start, start.plusMonths(6).minusDays(1));
    }

    private Programme programme() {
        CompatibilityTable table = new CompatibilityTable();
        List<Sector> civil = List.of(Sector.GEMEENTEN, Sector.PROVINCIES, Sector.WATERSCHAPPEN);
        for (Sector employer : civil) {
            for (Sector host : civil) {
                table.set(employer, host, employer == host || host == Sector.PROVINCIES ? Compatibility.ALLOWED
                        : Compatibility.SECONDMENT);
            }
        }
        return new Programme("Klein", 6, List.of(h1, h2), 100, 3, table, Map.of());
    }

    private Participant participant(String id, String name, Map<String, Commute> commutes,
            List<HistoryEntry> history) {
        return new Participant(id, name, id.startsWith("J") ? ParticipantKind.JUNIOR : ParticipantKind.TRAINEE,
                tilburg, 8, "", "Tilburg", HOME, null, h1, h2, Set.of(), history, commutes);
    }

    private static Placement placement(Participant participant, Period period, Organisation host) {
        Placement placement = new Placement(participant, period, List.of());
        placement.setHost(host);
        return placement;
    }
}
