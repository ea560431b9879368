package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

/** Steps the host and participant journeys share: the Brabant programme and the answer to a refused request. */
public class SharedProgrammeSteps {

    /** The last answer of a request a journey expects refused. */
    static Api.Answer lastAnswer;

    @Given("the Brabant programme has a usable plan")
    public void theBrabantProgrammeHasAUsablePlan() {
        Journey.sharedBrabant();
    }

    @Then("the answer is {int} {}")
    public void theAnswerIs(int status, String reason) {
        assertThat(lastAnswer.status()).as(lastAnswer.body()).isEqualTo(status);
    }
}
