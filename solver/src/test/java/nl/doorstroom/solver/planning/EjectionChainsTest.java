package nl.doorstroom.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;

/**
 * Room made by moving others along: 's-Hertogenbosch (GM0796), Tilburg (GM0855) and Eindhoven (GM0772)
 * take one participant each per period; the distances decide who can go where (10 km possible, 200 km not,
 * the limit is 45 km).
 */
class EjectionChainsTest {

    @TempDir
    Path folder;

    @Test
    void anUnplacedTraineeTakesTheSlotOfSomeoneWhoCanMoveOn() throws IOException {
        Plan plan = programme(1, """
                T1,GM0796,10
                T1,GM0855,10
                T2,GM0796,10
                """, """
                T1,2027-H1,GM0796,false
                """);

        Plan repaired = repair(plan);

        assertThat(hosts(repaired)).containsExactly(Map.entry("T1@2027-H1", "GM0855"), Map.entry("T2@2027-H1", "GM0796"));
        assertThat(repaired.getScore().hardScore()).isZero();
    }

    @Test
    void aChainMovesAsManyAsItTakes() throws IOException {
        Plan plan = programme(1, """
                T1,GM0796,10
                T1,GM0855,10
                T2,GM0855,10
                T2,GM0772,10
                T3,GM0796,10
                """, """
                T1,2027-H1,GM0796,false
                T2,2027-H1,GM0855,false
                """);

        Plan repaired = repair(plan);

        assertThat(hosts(repaired)).containsExactly(Map.entry("T1@2027-H1", "GM0855"),
                Map.entry("T2@2027-H1", "GM0772"), Map.entry("T3@2027-H1", "GM0796"));
        assertThat(repaired.getScore().hardScore()).isZero();
    }

    @Test
    void someoneInAFullSlotMovesToOneWithRoom() throws IOException {
        Plan plan = programme(1, """
                T1,GM0796,10
                T1,GM0855,10
                T2,GM0796,10
                """, """
                T1,2027-H1,GM0796,false
                T2,2027-H1,GM0796,false
                """);

        Plan repaired = repair(plan);

        assertThat(hosts(repaired)).containsExactly(Map.entry("T1@2027-H1", "GM0855"), Map.entry("T2@2027-H1", "GM0796"));
        assertThat(repaired.getScore().hardScore()).isZero();
    }

    @Test
    void aParticipantAtTheSameHostTwiceMovesInOnePeriod() throws IOException {
        Plan plan = programme(2, """
                T1,GM0796,10
                T1,GM0855,10
                """, """
                T1,2027-H1,GM0796,false
                T1,2027-H2,GM0796,false
                """);

        Plan repaired = repair(plan);

        assertThat(hosts(repaired)).containsExactly(Map.entry("T1@2027-H1", "GM0855"), Map.entry("T1@2027-H2", "GM0796"));
        assertThat(repaired.getScore().hardScore()).isZero();
    }

    @Test
    void pinnedPlacementsNeverMoveEvenWhenThatLeavesSomeoneUnplaced() throws IOException {
        Plan plan = programme(1, """
                T1,GM0796,10
                T1,GM0855,10
                T2,GM0796,10
                """, """
                T1,2027-H1,GM0796,true
                """);

        Plan repaired = repair(plan);

        assertThat(hosts(repaired)).containsExactly(Map.entry("T1@2027-H1", "GM0796"), Map.entry("T2@2027-H1", "-"));
        assertThat(repaired.getScore().hardScore()).isEqualTo(-1);
    }

    @Test
    void withoutAChainNothingMoves() throws IOException {
        Plan plan = programme(1, """
                T1,GM0796,10
                T2,GM0796,10
                """, """
                T1,2027-H1,GM0796,false
                """);

        Plan repaired = repair(plan);

        assertThat(hosts(repaired)).containsExactly(Map.entry("T1@2027-H1", "GM0796"), Map.entry("T2@2027-H1", "-"));
    }

    private static Plan repair(Plan plan) {
        return SolverFactory.<Plan>create(SolverSettings.baseConfig()
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new EjectionChains())))
                .buildSolver().solve(plan);
    }

    private static Map<String, String> hosts(Plan plan) {
        Map<String, String> hosts = new TreeMap<>();
        for (Placement placement : plan.getPlacements()) {
            hosts.put(placement.getId(), placement.isAssigned() ? placement.getHost().getCode() : "-");
        }
        return hosts;
    }

    /** The participants named in {@code reachable}, each host at 200 km unless listed there. */
    private Plan programme(int periods, String reachable, String placements) throws IOException {
        write("programme.csv", """
                setting,value
                name,Ketens
                first_period_start,2027-01-01
                period_count,%d
                rotation_months,6
                max_commute_km,45
                """.formatted(periods));
        StringBuilder participants = new StringBuilder(
                "id,name,kind,employer,salary_scale,discipline,home,home_latitude,home_longitude\n");
        StringBuilder distances = new StringBuilder("participant,host,km,minutes\n");
        StringBuilder capacity = new StringBuilder("host,period,discipline,min,max,max_salary_scale\n");
        String[] hosts = {"GM0796", "GM0855", "GM0772"};
        for (String host : hosts) {
            for (int period = 0; period < periods; period++) {
                capacity.append(host).append(",2027-H").append(period + 1).append(",,0,1,\n");
            }
        }
        for (String participant : new String[] {"T1", "T2", "T3"}) {
            if (!reachable.contains(participant + ",")) {
                continue;
            }
            participants.append(participant).append(",Deelnemer ").append(participant)
                    .append(",TRAINEE,GM0796,8,,'s-Hertogenbosch,,\n");
            for (String host : hosts) {
                String km = reachable.contains(participant + "," + host + ",") ? "10" : "200";
                distances.append(participant).append(',').append(host).append(',').append(km).append(",20\n");
            }
        }
        write("participants.csv", participants.toString());
        write("distances.csv", distances.toString());
        write("capacity.csv", capacity.toString());
        write("placements.csv", "participant,period,host,pinned\n" + placements);
        return ProgrammeReader.read(folder);
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
    }
}
