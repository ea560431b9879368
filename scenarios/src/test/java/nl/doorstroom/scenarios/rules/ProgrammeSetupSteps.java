package nl.doorstroom.scenarios.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;

/** The programme a scenario plans: its settings and the files a coordinator would import. */
public class ProgrammeSetupSteps {

    @Before(order = 0)
    public void startAfresh() {
        ProgrammeUnderTest.startAfresh();
    }

    @ParameterType("\\d{4}-\\d{2}-\\d{2}")
    public LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Given("the programme {string} with {int} period(s) of {int} months from {date} and a maximum commute of {int} km")
    public void theProgramme(String name, int periods, int months, LocalDate start, int maxCommuteKm) {
        setting("name", name);
        setting("first_period_start", start.toString());
        setting("period_count", String.valueOf(periods));
        setting("rotation_months", String.valueOf(months));
        setting("max_commute_km", String.valueOf(maxCommuteKm));
    }

    @Given("the programme asks for {int} layer(s) of government per participant")
    public void layerVarietyTarget(int layers) {
        setting("layer_variety_target", String.valueOf(layers));
    }

    /** A setting given twice (a scenario changing the background's programme) keeps the last value. */
    private void setting(String name, String value) {
        ProgrammeUnderTest.current().settings.put(name, value);
    }

    /** The hosts are reference organisations; naming them here keeps the codes in a scenario honest. */
    @Given("these hosts:")
    public void theseHosts(DataTable hosts) {
        for (Map<String, String> host : hosts.asMaps()) {
            ProgrammeUnderTest.current().hostNames.put(host.get("host").trim(), host.get("name").trim());
        }
    }

    @Given("these capacity declarations:")
    public void theseCapacityDeclarations(DataTable capacity) {
        add("capacity.csv", capacity);
    }

    @Given("these participants:")
    public void theseParticipants(DataTable participants) {
        for (Map<String, String> row : participants.asMaps()) {
            ProgrammeUnderTest.current().participantIds.put(row.get("name").trim(), row.get("id").trim());
        }
        add("participants.csv", participants);
    }

    @Given("this history:")
    public void thisHistory(DataTable history) {
        add("history.csv", history);
    }

    @Given("these wishes:")
    public void theseWishes(DataTable wishes) {
        add("wishes.csv", wishes);
    }

    @Given("these road distances:")
    public void theseRoadDistances(DataTable distances) {
        add("distances.csv", distances);
    }

    /** Rows replace pairs of the default table (employer sector, host sector, compatibility). */
    @Given("the programme's compatibility table says:")
    public void compatibility(DataTable pairs) {
        add("compatibility.csv", pairs);
    }

    /** The plan as published earlier: placements.csv, the file the planner wrote then. */
    @Given("the published plan:")
    public void thePublishedPlan(DataTable placements) {
        add("placements.csv", placements);
    }

    @Given("the coordinator pins {string} at {word} in {word}")
    public void theCoordinatorPins(String participant, String host, String period) {
        ProgrammeUnderTest current = ProgrammeUnderTest.current();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("participant", current.participantId(participant));
        row.put("period", period);
        row.put("host", host);
        row.put("pinned", "true");
        current.file("placements.csv").add(row);
    }

    private void add(String file, DataTable table) {
        ProgrammeUnderTest current = ProgrammeUnderTest.current();
        List<Map<String, String>> rows = table.asMaps();
        current.file(file).add(rows,
                (column, value) -> column.equals("participant") ? current.participantId(value) : value);
    }
}
