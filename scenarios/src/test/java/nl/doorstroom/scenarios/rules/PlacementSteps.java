package nl.doorstroom.scenarios.rules;

import static nl.doorstroom.scenarios.rules.ProgrammeUnderTest.hostCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Placement;

/** What the plan says about who goes where and when. */
public class PlacementSteps {

    private static ProgrammeUnderTest programme() {
        return ProgrammeUnderTest.current();
    }

    @Then("{string} is placed at {word} in {word}")
    public void isPlacedAt(String participant, String host, String period) {
        assertThat(hostCode(programme().placement(participant, period)))
                .as("where %s works in %s", participant, period).isEqualTo(host);
    }

    @Then("{string} is not placed at {word} in {word}")
    public void isNotPlacedAt(String participant, String host, String period) {
        assertThat(hostCode(programme().placement(participant, period)))
                .as("where %s works in %s", participant, period).isNotEqualTo(host);
    }

    @Then("{string} is placed at {word} in {int} period(s)")
    public void isPlacedAtInPeriods(String participant, String host, int periods) {
        assertThat(programme().placementsOf(participant).stream().filter(p -> hostCode(p).equals(host)))
                .as("placements of %s at %s", participant, host).hasSize(periods);
    }

    @Then("{string} is never placed at {word}")
    public void isNeverPlacedAt(String participant, String host) {
        isPlacedAtInPeriods(participant, host, 0);
    }

    @Then("{string} has no placement in {word}")
    public void hasNoPlacementIn(String participant, String period) {
        assertThat(hostCode(programme().placement(participant, period)))
                .as("where %s works in %s", participant, period).isEqualTo("-");
    }

    @Then("{int} participant(s) is/are placed at {word} in {word}")
    public void participantsPlacedAt(int count, String host, String period) {
        assertThat(placedAt(host, period)).as("placed at %s in %s", host, period).hasSize(count);
    }

    @Then("at most {int} participant(s) is/are placed at {word} in {word}")
    public void atMostPlacedAt(int count, String host, String period) {
        assertThat(placedAt(host, period)).as("placed at %s in %s", host, period).hasSizeLessThanOrEqualTo(count);
    }

    private static List<String> placedAt(String host, String period) {
        return programme().plan().getPlacements().stream()
                .filter(p -> p.getPeriod().getId().equals(period) && hostCode(p).equals(host))
                .map(p -> p.getParticipant().getName()).toList();
    }

    /** The whole plan as a table: one row per participant, one column per period, "-" for no host. */
    @Then("the plan is:")
    public void thePlanIs(DataTable expected) {
        List<String> periods = expected.row(0).subList(1, expected.width());
        List<List<String>> actual = new ArrayList<>();
        actual.add(expected.row(0));
        for (List<String> row : expected.rows(1).asLists()) {
            List<String> line = new ArrayList<>();
            line.add(row.get(0));
            for (String period : periods) {
                line.add(hostCode(programme().placement(row.get(0), period)));
            }
            actual.add(line);
        }
        expected.diff(DataTable.create(actual));
    }

    @Then("{string} works in {int} layer(s) of government")
    public void worksInLayers(String participant, int layers) {
        Set<Layer> seen = programme().placementsOf(participant).stream().map(Placement::getLayer)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        assertThat(seen).as("layers of government %s works in", participant).hasSize(layers);
    }

    @Then("{string} travels at most {int} km in every period")
    public void travelsAtMost(String participant, int km) {
        for (Placement placement : programme().placementsOf(participant)) {
            if (placement.isAssigned()) {
                assertThat(placement.getCommute().km()).as("commute of %s", placement).isLessThanOrEqualTo(km);
            }
        }
    }

    @Then("nobody works in the same layer of government twice in a row")
    public void noSameLayerTwiceInARow() {
        for (Placement first : programme().plan().getPlacements()) {
            for (Placement next : programme().plan().getPlacements()) {
                if (first.getParticipant().equals(next.getParticipant())
                        && first.getPeriod().isDirectlyBefore(next.getPeriod()) && first.isAssigned()) {
                    assertThat(next.getLayer()).as("layer of %s after %s", next, first).isNotEqualTo(first.getLayer());
                }
            }
        }
    }

    @Then("the placements in {word} are as published")
    public void asPublishedIn(String period) {
        for (Placement placement : programme().plan().getPlacements()) {
            if (placement.getPeriod().getId().equals(period)) {
                assertThat(placement.getHost()).as(placement.getId())
                        .isEqualTo(programme().publishedHosts.get(placement.getId()));
            }
        }
    }

    /** Columns participant, period, published, now: every difference from the published plan, no more. */
    @Then("only these placements differ from the published plan:")
    public void onlyTheseDiffer(DataTable expected) {
        List<List<String>> actual = new ArrayList<>();
        actual.add(List.of("participant", "period", "published", "now"));
        for (Placement placement : programme().plan().getPlacements()) {
            var published = programme().publishedHosts.get(placement.getId());
            if (!Objects.equals(published, placement.getHost())) {
                actual.add(List.of(placement.getParticipant().getName(), placement.getPeriod().getId(),
                        published == null ? "-" : published.getCode(), hostCode(placement)));
            }
        }
        expected.unorderedDiff(DataTable.create(actual));
    }
}
