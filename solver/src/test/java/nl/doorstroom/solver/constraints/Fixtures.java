package nl.doorstroom.solver.constraints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
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
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Sector;

/** A small Brabant programme (four half-year periods) to build rule tests from. */
final class Fixtures {

    static final Period H1_2027 = period("2027-H1", 0, 2027, 1);
    static final Period H2_2027 = period("2027-H2", 1, 2027, 7);
    static final Period H1_2028 = period("2028-H1", 2, 2028, 1);
    static final Period H2_2028 = period("2028-H2", 3, 2028, 7);
    static final List<Period> PERIODS = List.of(H1_2027, H2_2027, H1_2028, H2_2028);

    static final Organisation TILBURG = organisation("GM0855", "Tilburg", Layer.MUNICIPALITY, Sector.GEMEENTEN,
            "Tilburg", 51.5832, 5.0772);
    static final Organisation BREDA = organisation("GM0758", "Breda", Layer.MUNICIPALITY, Sector.GEMEENTEN,
            "Breda", 51.5857, 4.7613);
    static final Organisation DEN_BOSCH = organisation("GM0796", "'s-Hertogenbosch", Layer.MUNICIPALITY,
            Sector.GEMEENTEN, "'s-Hertogenbosch", 51.7160, 5.3519);
    static final Organisation GRONINGEN = organisation("GM0014", "Groningen", Layer.MUNICIPALITY, Sector.GEMEENTEN,
            "Groningen", 53.2180, 6.6204);
    static final Organisation NOORD_BRABANT = organisation("PV30", "Provincie Noord-Brabant", Layer.PROVINCE,
            Sector.PROVINCIES, "'s-Hertogenbosch", 51.7160, 5.3519);
    static final Organisation BRABANTSE_DELTA = organisation("WS0652", "Waterschap Brabantse Delta",
            Layer.WATER_BOARD, Sector.WATERSCHAPPEN, "Breda", 51.5857, 4.7613);
    static final Organisation BZK = organisation("BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
            Layer.MINISTRY, Sector.RIJK, "Den Haag", 52.0694, 4.3009);
    static final Organisation DEFENSIE = organisation("DEF", "Ministerie van Defensie", Layer.MINISTRY,
            Sector.DEFENSIE, "Den Haag", 52.0800, 4.3100);
    static final List<Organisation> ORGANISATIONS = List.of(TILBURG, BREDA, DEN_BOSCH, GRONINGEN, NOORD_BRABANT,
            BRABANTSE_DELTA, BZK, DEFENSIE);

    static final Location HOME_TILBURG = new Location(51.56, 5.08);

    private Fixtures() {
    }

    static Period period(String id, int index, int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new Period(id, index, start, start.plusMonths(6).minusDays(1));
    }

    static Organisation organisation(String code, String name, Layer layer, Sector sector, String town,
            double latitude, double longitude) {
        return new Organisation(code, name, layer, sector, town, new Location(latitude, longitude));
    }

    /** The default table of data/README.md, for the sectors used here. */
    static CompatibilityTable compatibilityTable() {
        CompatibilityTable table = new CompatibilityTable();
        List<Sector> civil = List.of(Sector.GEMEENTEN, Sector.PROVINCIES, Sector.WATERSCHAPPEN, Sector.RIJK);
        for (Sector employer : civil) {
            for (Sector host : civil) {
                table.set(employer, host, employer == host ? Compatibility.ALLOWED : Compatibility.SECONDMENT);
            }
        }
        table.set(Sector.DEFENSIE, Sector.DEFENSIE, Compatibility.ALLOWED);
        table.set(Sector.DEFENSIE, Sector.RIJK, Compatibility.SECONDMENT);
        table.set(Sector.RIJK, Sector.DEFENSIE, Compatibility.SECONDMENT);
        return table;
    }

    static Programme programme() {
        return programme(Map.of());
    }

    static Programme programme(Map<String, HardMediumSoftLongScore> weightOverrides) {
        return new Programme("Trainee in Brabant 2027", 6, PERIODS, 60, 3, compatibilityTable(), weightOverrides);
    }

    static ParticipantBuilder trainee(String id, String name) {
        return new ParticipantBuilder(id, name, ParticipantKind.TRAINEE);
    }

    static ParticipantBuilder junior(String id, String name) {
        return new ParticipantBuilder(id, name, ParticipantKind.JUNIOR);
    }

    static Placement placement(Participant participant, Period period, Organisation host) {
        Placement placement = new Placement(participant, period, ORGANISATIONS);
        placement.setHost(host);
        return placement;
    }

    static CapacityDeclaration slot(Organisation host, Period period, int min, int max) {
        return slot(host, period, null, min, max, null);
    }

    static CapacityDeclaration slot(Organisation host, Period period, String discipline, int min, int max,
            Integer maxSalaryScale) {
        return new CapacityDeclaration(host, period, discipline, min, max, maxSalaryScale);
    }

    /** Links the slots of each host and period, as the loader does; returns them to pass as facts. */
    static CapacityDeclaration[] linked(CapacityDeclaration... slots) {
        CapacityDeclaration.linkSlots(List.of(slots));
        return slots;
    }

    /** A participant living in Tilburg, employed by the municipality of Tilburg, unless told otherwise. */
    static final class ParticipantBuilder {

        private final String id;
        private final String name;
        private final ParticipantKind kind;
        private Organisation employer = TILBURG;
        private int salaryScale = 8;
        private String discipline = "";
        private Integer maxCommuteKm;
        private final List<HistoryEntry> history = new ArrayList<>();
        private final Map<String, Commute> commutes = new HashMap<>();

        private ParticipantBuilder(String id, String name, ParticipantKind kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        ParticipantBuilder employer(Organisation organisation) {
            this.employer = organisation;
            return this;
        }

        ParticipantBuilder salaryScale(int scale) {
            this.salaryScale = scale;
            return this;
        }

        ParticipantBuilder discipline(String name) {
            this.discipline = name;
            return this;
        }

        ParticipantBuilder maxCommuteKm(int km) {
            this.maxCommuteKm = km;
            return this;
        }

        ParticipantBuilder workedAt(Organisation host, String period) {
            history.add(new HistoryEntry(host, period));
            return this;
        }

        /** A road distance as a distances.csv would give it. */
        ParticipantBuilder commute(Organisation host, int km, int minutes) {
            commutes.put(host.getCode(), new Commute(km, minutes));
            return this;
        }

        Participant build() {
            return new Participant(id, name, kind, employer, salaryScale, discipline, "Tilburg", HOME_TILBURG,
                    maxCommuteKm, H1_2027, H2_2028, Set.of(), history, commutes);
        }
    }
}
