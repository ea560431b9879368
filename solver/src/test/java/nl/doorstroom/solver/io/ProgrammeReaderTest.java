package nl.doorstroom.solver.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.input.Periods;
import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Sector;

class ProgrammeReaderTest {

    private final Plan plan = ProgrammeReader.read(TestProgrammes.small());

    @Test
    void readsSettingsAndNamesHalfYearPeriods() {
        assertThat(plan.getProgramme().getName()).isEqualTo("Trainee in Brabant 2027");
        assertThat(plan.getProgramme().getMaxCommuteKm()).isEqualTo(80);
        assertThat(plan.getProgramme().getLayerVarietyTarget()).isEqualTo(3);
        assertThat(plan.getProgramme().getWeightOverrides()).containsOnlyKeys("Long commute");
        assertThat(plan.getPeriods()).extracting(Period::getId)
                .containsExactly("2027-H1", "2027-H2", "2028-H1", "2028-H2");
        assertThat(plan.getPeriods().get(1).getStart()).hasToString("2027-07-01");
        assertThat(plan.getPeriods().get(1).getEnd()).hasToString("2027-12-31");
    }

    @Test
    void namesOtherPeriodsByYearAndMonth() {
        assertThat(Periods.generate(java.time.LocalDate.of(2027, 3, 1), 3, 4).list()).extracting(Period::getId)
                .containsExactly("2027-03", "2027-07", "2027-11");
        assertThat(Periods.generate(java.time.LocalDate.of(2027, 1, 1), 2, 3).list()).extracting(Period::getId)
                .containsExactly("2027-01", "2027-04");
    }

    @Test
    void keepsOnlyTheOrganisationsThePlanMentions() {
        assertThat(plan.getOrganisations()).extracting(Organisation::getCode)
                .containsExactly("BZK", "GM0772", "GM0796", "GM0855", "POOL01", "PV30", "WS0652", "WS0654");
        Organisation pool = byCode().get("POOL01");
        assertThat(pool.getSector()).isEqualTo(Sector.POOL);
        assertThat(byCode().get("GM0796").getName()).isEqualTo("'s-Hertogenbosch");
    }

    @Test
    void laysCompatibilityOverridesOverTheDefault() {
        var table = plan.getProgramme().getCompatibility();
        assertThat(table.get(Sector.POOL, Sector.POOL)).isEqualTo(Compatibility.NOT_ALLOWED);
        assertThat(table.get(Sector.POOL, Sector.GEMEENTEN)).isEqualTo(Compatibility.ALLOWED);
        assertThat(table.get(Sector.PROVINCIES, Sector.GEMEENTEN)).isEqualTo(Compatibility.SECONDMENT);
    }

    @Test
    void keepsAParticipantsOptionalEmailAddress() {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(TestProgrammes.smallFiles());
        StringBuilder participants = new StringBuilder();
        for (String line : TestProgrammes.text("participants.csv").split("\\R")) {
            participants.append(line).append(line.startsWith("id,") ? ",email" : line.startsWith("T01,") ? ",fleur@example.nl" : ",")
                    .append('\n');
        }
        files.put("participants.csv", participants.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Map<String, Participant> read = ProgrammeReader.read(ProgrammeSource.of(files)).getParticipants().stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));

        assertThat(read.get("T01").getEmail()).isEqualTo("fleur@example.nl");
        assertThat(read.get("T02").getEmail()).isNull();
        assertThat(plan.getParticipants()).allMatch(p -> p.getEmail() == null);
    }

    @Test
    void resolvesHomesByNameCodeAndWithoutCbsSuffix() {
        Map<String, Participant> participants = plan.getParticipants().stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        assertThat(participants).hasSize(5);
        assertThat(participants.get("T01").getHomeTown()).isEqualTo("'s-Hertogenbosch");
        assertThat(participants.get("T01").getHome()).isEqualTo(new Location(51.7160, 5.3519));
        assertThat(participants.get("T02").getHomeTown()).isEqualTo("Súdwest-Fryslân");
        assertThat(participants.get("T02").getDiscipline()).isEqualTo("financiën");
        assertThat(participants.get("T04").getHomeTown()).isEqualTo("Hengelo (O.)");
        // exact coordinates win over the municipality's centre
        assertThat(participants.get("T05").getHomeTown()).isEqualTo("Eindhoven");
        assertThat(participants.get("T05").getHome()).isEqualTo(new Location(51.4416, 5.4697));
        assertThat(participants.get("T03").getMaxCommuteKm()).isEqualTo(40);
        assertThat(participants.get("T03").getLastPeriod().getId()).isEqualTo("2028-H1");
        assertThat(participants.get("T01").getHistory()).singleElement()
                .satisfies(h -> assertThat(h.host().getCode()).isEqualTo("GM0855"));
        assertThat(participants.get("T02").commuteTo(byCode().get("GM0796")).km()).isEqualTo(210);
    }

    @Test
    void plansEachParticipantInEachActivePeriod() {
        assertThat(plan.getPlacements()).hasSize(4 + 4 + 2 + 3 + 4);
        assertThat(plan.getPlacements()).extracting(Placement::getId).contains("T03@2027-H1", "T03@2028-H1")
                .doesNotContain("T03@2027-H2", "T03@2028-H2", "T04@2027-H1");
    }

    @Test
    void offersTheSolverOnlyPossibleHostsNearestFirst() {
        Map<String, List<String>> ranges = new TreeMap<>();
        plan.getPlacements().stream().filter(p -> p.getPeriod().getId().equals("2027-H1"))
                .forEach(p -> ranges.put(p.getId(), p.getPossibleHosts().stream().map(Organisation::getCode).toList()));
        assertThat(ranges).containsExactly(
                // 's-Hertogenbosch, 4 km by distances.csv, Breda.
                Map.entry("T01@2027-H1", List.of("PV30", "GM0796", "WS0652")),
                // Every host is too far from Súdwest-Fryslân; the published host stays a value of its own.
                Map.entry("T02@2027-H1", List.of("GM0796")),
                // A limit of 40 km from Tilburg.
                Map.entry("T03@2027-H1", List.of("WS0652", "GM0796", "PV30")),
                // Salary scale 10 is above the water board's ceiling of 9.
                Map.entry("T05@2027-H1", List.of("GM0796", "PV30")));
    }

    @Test
    void linksSlotsOfTheSameHostAndPeriod() {
        assertThat(plan.getCapacityDeclarations()).hasSize(11);
        CapacityDeclaration open = plan.getCapacityDeclarations().get(0);
        assertThat(open.getId()).isEqualTo("GM0796/2027-H1");
        assertThat(open.disciplinesNamedByHost()).containsExactly("financiën");
        assertThat(open.isSlotFor("financiën")).isFalse();
        assertThat(open.isSlotFor("ruimte")).isTrue();
        assertThat(plan.getCapacityDeclarations().get(1).getMaxSalaryScale()).isEqualTo(10);
    }

    @Test
    void readsWishesWithDefaults() {
        assertThat(plan.getWishes()).extracting(w -> w.source() + " " + w.participant().getId() + " "
                + w.host().getCode() + " " + w.period())
                .containsExactly("PARTICIPANT T01 BZK 2028-H1", "HOST T02 GM0796 null", "PARTICIPANT T05 WS0652 null");
    }

    @Test
    void takesThePublishedPlanWithPins() {
        Map<String, Placement> placements = plan.getPlacements().stream()
                .collect(Collectors.toMap(Placement::getId, Function.identity()));
        Placement pinned = placements.get("T01@2027-H1");
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getHost().getCode()).isEqualTo("PV30");
        Placement published = placements.get("T02@2027-H1");
        assertThat(published.isPinned()).isFalse();
        assertThat(published.getHost().getCode()).isEqualTo("GM0796");
        assertThat(published.getPublishedHost()).isSameAs(published.getHost());
        assertThat(placements.get("T03@2027-H1").getHost()).isNull();
        assertThat(placements.get("T05@2027-H1").getHost()).isNull();
    }

    @Test
    void readsTheSameFromMemoryAsFromAFolder() {
        Plan fromMemory = ProgrammeReader.read(ProgrammeSource.of(TestProgrammes.smallFiles()));
        assertThat(TestProgrammes.describe(fromMemory)).isEqualTo(TestProgrammes.describe(plan));
    }

    private Map<String, Organisation> byCode() {
        return plan.getOrganisations().stream().collect(Collectors.toMap(Organisation::getCode, Function.identity()));
    }
}
