package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

public class BrokenImportSteps {

    private Map<String, byte[]> files;
    private int programmesBefore;
    private int organisationsBefore;
    private Api.Answer refused;

    @Given("the Brabant programme files, with {word} reading:")
    public void theBrabantFilesWith(String name, DataTable rows) {
        files = Journey.demoFiles("brabant-trainees");
        withReading(name, rows);
    }

    @Given("with {word} reading:")
    public void withReading(String name, DataTable rows) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows.cells()) {
            csv.append(String.join(",", row.stream().map(cell -> cell == null ? "" : cell).toList())).append('\n');
        }
        files.put(name, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Given("without {word}")
    public void without(String name) {
        files.remove(name);
    }

    @When("the coordinator imports them")
    public void theCoordinatorImportsThem() {
        Api coordinator = Journey.sharedCoordinator();
        programmesBefore = coordinator.get("/api/programmes").json().size();
        organisationsBefore = coordinator.get("/api/organisations").json().size();
        refused = coordinator.upload("/api/programmes", files);
    }

    @Then("the import is refused, listing exactly these errors:")
    public void theImportIsRefused(List<String> errors) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        List<String> listed = new ArrayList<>();
        refused.json().get("errors").forEach(error -> listed.add(error.asText()));
        assertThat(listed).containsExactlyElementsOf(errors.subList(1, errors.size()));
    }

    @Then("the number of programmes and organisations stored is unchanged")
    public void nothingIsStored() {
        Api coordinator = Journey.sharedCoordinator();
        assertThat(coordinator.get("/api/programmes").json()).hasSize(programmesBefore);
        assertThat(coordinator.get("/api/organisations").json()).hasSize(organisationsBefore);
    }
}
