package nl.doorstroom.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import nl.doorstroom.solver.benchmark.InstanceSize;

/**
 * A coordinator's work on national-scale programmes (issue 13), on the packaged application:
 * <ol>
 * <li>one coordinator imports the Brabant demo, the solver benchmark's L (1,000 × 6) and XL (5,000 × 8) programmes
 * through the API, has each solved for a few seconds, and then, in rounds (the first a warm-up, reported apart):
 * every Brabant page; on L and XL the board's first page (page and API), the explanation (API and page), one
 * placement's "why here", its recommendations, a move with its answer, and the fairness (API and page) and audit
 * pages;</li>
 * <li>then twenty coordinators, each on a programme of their own (copies of L, solved before), do the same L
 * requests at once, thinking two seconds between clicks. Their times are compared with the single coordinator's
 * ("20× L …" against "L …") by {@link ConcurrencyRatios} after the run. The one coordinator makes as many
 * measured L rounds as the twenty together, so that both sides' percentiles and maxima are over as many
 * requests.</li>
 * </ol>
 * The assertions are the targets; the README records the numbers of a run.
 */
public class CoordinatorSimulation extends Simulation {

    private static final int ROUNDS = 4;
    private static final Duration THINK = Duration.ofSeconds(2);
    private static final List<String> BRABANT_PAGES = List.of("", "/board", "/explanation", "/versions",
            "/occupancy", "/map", "/variants", "/fairness", "/audit");

    public CoordinatorSimulation() {
        List<Long> concurrent = CoordinatorSetup.concurrentProgrammes();
        HttpProtocolBuilder protocol = http.baseUrl(LoadSetup.baseUrl())
                .header("Authorization", LoadSetup.coordinator()).shareConnections();

        ScenarioBuilder one = scenario("one coordinator").exec(signIn())
                .exec(importAndSolve("Brabant", CoordinatorSetup.brabant()))
                .exec(rounds(ROUNDS, brabantPages()))
                .exec(importAndSolve("L", CoordinatorSetup.generated(InstanceSize.L)))
                .exec(rounds(1 + CoordinatorSetup.COORDINATORS * (ROUNDS - 1), coordinatorWork("L", Duration.ZERO)))
                .exec(importAndSolve("XL", CoordinatorSetup.generated(InstanceSize.XL)))
                .exec(rounds(ROUNDS, coordinatorWork("XL", Duration.ZERO)));

        Iterator<Map<String, Object>> programmes = concurrent.stream()
                .map(id -> Map.<String, Object>of("id", id)).iterator();
        ScenarioBuilder twenty = scenario("20 coordinators").feed(programmes).exec(signIn())
                .exec(rounds(ROUNDS, coordinatorWork(ConcurrencyRatios.TWENTY + "L", THINK)));

        setUp(one.injectOpen(atOnceUsers(1))
                .andThen(twenty.injectOpen(rampUsers(CoordinatorSetup.COORDINATORS).during(Duration.ofSeconds(5)))))
                .protocols(protocol)
                .assertions(targets());
    }

    /** A session for the pages: the login form, as a browser fills it in. */
    private static ChainBuilder signIn() {
        return exec(http("sign-in form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login").formParam("username", LoadSetup.coordinatorName())
                        .formParam("password", LoadSetup.coordinatorPassword()).formParam("_csrf", "#{csrf}")
                        .check(status().is(200)));
    }

    /** Imports the files (measured as "import …"), solves briefly and waits until the plan is stored. */
    private static ChainBuilder importAndSolve(String label, Map<String, byte[]> files) {
        HttpRequestActionBuilder upload = http("import " + label).post("/api/programmes").asMultipartForm();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            upload = upload.bodyPart(ByteArrayBodyPart("files", file.getValue()).fileName(file.getKey())
                    .contentType("text/csv"));
        }
        return exec(upload.check(status().is(201), jmesPath("id").saveAs("id")))
                .exec(http("solve").post("/api/programmes/#{id}/solve")
                        .body(StringBody("{\"seconds\": " + CoordinatorSetup.SOLVE_SECONDS + "}")).asJson()
                        .check(status().is(202)))
                .exec(session -> session.set("status", "QUEUED"))
                .exec(asLongAs(session -> List.of("QUEUED", "SOLVING").contains(session.getString("status")))
                        .on(pause(Duration.ofSeconds(1)).exec(http("solve status").get("/api/programmes/#{id}/solve")
                                .check(jmesPath("status").saveAs("status")))));
    }

    /** The chain so many times; the first round's requests are named "warm-up …". */
    private static ChainBuilder rounds(int rounds, ChainBuilder chain) {
        return repeat(rounds, "round").on(exec(session -> session.set("phase",
                session.getInt("round") == 0 ? "warm-up " : "")).exec(chain));
    }

    private static ChainBuilder brabantPages() {
        ChainBuilder pages = exec(http("#{phase}Brabant /programmes").get("/programmes").check(status().is(200)));
        for (String page : BRABANT_PAGES) {
            pages = pages.exec(http("#{phase}Brabant " + (page.isEmpty() ? "overview" : page))
                    .get("/programmes/#{id}" + page).check(status().is(200)));
        }
        return pages;
    }

    /**
     * What a coordinator does on a large programme: the board, the explanation, one placed participant's "why
     * here" and recommendations, and a move to the best recommended host (pinned there).
     */
    private static ChainBuilder coordinatorWork(String label, Duration think) {
        String name = "#{phase}" + label + " ";
        String placement = "/api/programmes/#{id}/placements/#{participant}/#{period}";
        return exec(http(name + "board first page").get("/programmes/#{id}/board").check(status().is(200)))
                .pause(think)
                .exec(http(name + "placements API first page").get("/api/programmes/#{id}/placements?page=1&size=50")
                        .check(status().is(200),
                                jmesPath("placements[?host] | [0].participant").saveAs("participant"),
                                jmesPath("placements[?host] | [0].period").saveAs("period")))
                .pause(think)
                .exec(http(name + "explanation API").get("/api/programmes/#{id}/explanation").check(status().is(200)))
                .pause(think)
                .exec(http(name + "explanation page").get("/programmes/#{id}/explanation").check(status().is(200)))
                .pause(think)
                .exec(http(name + "why here").get(placement + "/explanation").check(status().is(200)))
                .pause(think)
                .exec(http(name + "recommendations").get(placement + "/recommendations").check(status().is(200),
                        jmesPath("[0].host.code").optional().saveAs("target")))
                .exec(http(name + "placement").get(placement).check(jmesPath("version").saveAs("version")))
                .pause(think)
                .doIf(session -> session.contains("target")).then(exec(http(name + "move").put(placement)
                        .body(StringBody("{\"host\": \"#{target}\", \"version\": #{version}}")).asJson()
                        .check(status().is(200))))
                .pause(think)
                .exec(http(name + "fairness API").get("/api/programmes/#{id}/fairness").check(status().is(200)))
                .pause(think)
                .exec(http(name + "fairness page").get("/programmes/#{id}/fairness").check(status().is(200)))
                .pause(think)
                .exec(http(name + "audit page").get("/programmes/#{id}/audit").check(status().is(200)));
    }

    /** The targets of issue 13, per request. */
    private static List<Assertion> targets() {
        List<Assertion> targets = new ArrayList<>();
        for (String size : List.of("L", "XL")) {
            targets.add(details("import " + size).responseTime().max().lt(10_000));
            targets.add(details(size + " board first page").responseTime().max().lt(1_000));
            targets.add(details(size + " explanation API").responseTime().max().lt(2_000));
            targets.add(details(size + " why here").responseTime().max().lt(200));
            targets.add(details(size + " recommendations").responseTime().max().lt(size.equals("L") ? 300 : 1_000));
            targets.add(details(size + " move").responseTime().max().lt(500));
        }
        targets.add(details("Brabant /programmes").responseTime().max().lt(200));
        for (String page : BRABANT_PAGES) {
            targets.add(details("Brabant " + (page.isEmpty() ? "overview" : page)).responseTime().max().lt(200));
        }
        return targets;
    }
}
