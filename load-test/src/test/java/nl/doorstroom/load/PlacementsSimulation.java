package nl.doorstroom.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * 200 participants at once, each looking at their own placements once a second for a minute, every request
 * signed in on its own (no session). The targets: no errors, 99 % of answers within 50 ms.
 */
abstract class PlacementsSimulation extends Simulation {

    static final Duration STEADY = Duration.ofSeconds(60);
    static final Duration EACH = Duration.ofSeconds(1);

    PlacementsSimulation(String name, Function<LoadSetup.Participant, String> authorization) {
        List<LoadSetup.Participant> participants = LoadSetup.shuffled(LoadSetup.participants());
        Iterator<Map<String, Object>> feeder = Stream.iterate(0, i -> (i + 1) % participants.size())
                .map(i -> Map.<String, Object>of("authorization", authorization.apply(participants.get(i)))).iterator();
        HttpProtocolBuilder protocol = http.baseUrl(LoadSetup.baseUrl()).acceptHeader("application/json");
        ScenarioBuilder participant = scenario(name).feed(feeder)
                .during(STEADY).on(pace(EACH).exec(http("GET /api/me/placements").get("/api/me/placements")
                        .header("Authorization", "#{authorization}").check(status().is(200))));
        setUp(participant.injectClosed(constantConcurrentUsers(LoadSetup.PARTICIPANTS).during(STEADY)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(99.0).lt(50));
    }
}
