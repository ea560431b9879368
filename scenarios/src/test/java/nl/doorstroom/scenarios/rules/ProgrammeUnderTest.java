package nl.doorstroom.scenarios.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.PlanExplanation;
import nl.doorstroom.solver.input.InvalidInputException;

/**
 * What one scenario is about: the programme's files as the coordinator would upload them, and the
 * plan made from them. Every scenario starts with a fresh one.
 */
final class ProgrammeUnderTest {

    private static ProgrammeUnderTest current = new ProgrammeUnderTest();

    /** programme.csv, setting by setting. */
    final Map<String, String> settings = new LinkedHashMap<>();
    final Map<String, CsvFile> files = new LinkedHashMap<>();
    /** Participants are named in scenarios; the files use their ids. */
    final Map<String, String> participantIds = new HashMap<>();
    /** Host names as the scenario wrote them, checked against the reference organisations. */
    final Map<String, String> hostNames = new LinkedHashMap<>();

    Plan plan;
    PlanExplanation explanation;
    InvalidInputException refusal;
    /** The published host of each placement (by placement id) before re-planning; empty when none. */
    final Map<String, Organisation> publishedHosts = new HashMap<>();

    static ProgrammeUnderTest current() {
        return current;
    }

    static void startAfresh() {
        current = new ProgrammeUnderTest();
    }

    CsvFile file(String name) {
        return files.computeIfAbsent(name, n -> new CsvFile());
    }

    /** Every file of the programme, as the coordinator would upload them. */
    Map<String, byte[]> upload() {
        Map<String, byte[]> upload = new LinkedHashMap<>();
        CsvFile programme = new CsvFile();
        settings.forEach((setting, value) -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("setting", setting);
            row.put("value", value);
            programme.add(row);
        });
        upload.put("programme.csv", programme.bytes());
        files.forEach((name, file) -> upload.put(name, file.bytes()));
        return upload;
    }

    /** A participant's name stands for their id wherever a file asks for a participant. */
    String participantId(String nameOrId) {
        return participantIds.getOrDefault(nameOrId, nameOrId);
    }

    Plan plan() {
        if (refusal != null) {
            fail("the programme was refused:%n%s", refusal.getMessage());
        }
        assertThat(plan).as("a plan (is there a 'When the plan is made' step?)").isNotNull();
        return plan;
    }

    PlanExplanation explanation() {
        plan();
        return explanation;
    }

    Participant participant(String name) {
        String id = participantId(name);
        return plan().getParticipants().stream().filter(p -> p.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no participant " + name));
    }

    /** The placement of a participant in a period, or null when they are not planned then. */
    Placement placement(String name, String periodId) {
        String id = participant(name).getId() + "@" + periodId;
        return plan().getPlacements().stream().filter(p -> p.getId().equals(id)).findFirst().orElse(null);
    }

    List<Placement> placementsOf(String name) {
        Participant participant = participant(name);
        return plan().getPlacements().stream().filter(p -> p.getParticipant().equals(participant)).toList();
    }

    static String hostCode(Placement placement) {
        return placement == null || placement.getHost() == null ? "-" : placement.getHost().getCode();
    }
}
