package nl.doorstroom.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prepares the running application the way its users would, over HTTP only: the first coordinator sets a password
 * through the link in the log, imports a programme of 200 participants (the Brabant demo, each trainee six times),
 * has it planned and publishes it, invites every participant; each participant sets a password through the mailed
 * link (kept in the database, read under "sent messages") and makes an API token. Then both ways of signing in are
 * warmed up. Done once per run; the credentials are kept in target/ for the second simulation.
 */
final class LoadSetup {

    record Participant(String username, String password, String token) {
    }

    static final int PARTICIPANTS = 200;

    private static final String BASE = System.getProperty("load.base-url", "http://localhost:18080");
    private static final Path WORK = Path.of(System.getProperty("load.work", "target"));
    private static final Path DATA = Path.of(System.getProperty("load.data", "../data/programmes/brabant-trainees"));
    private static final String COORDINATOR = "coordinator@load.example.nl";
    private static final String PASSWORD = "load test password 2027";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern LINK = Pattern.compile("https?://\\S+/password/[A-Za-z0-9_-]+");

    private static List<Participant> prepared;

    private LoadSetup() {
    }

    static String baseUrl() {
        return BASE;
    }

    static synchronized List<Participant> participants() {
        if (prepared == null) {
            try {
                prepared = prepare();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return prepared;
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Participant> prepare() throws IOException, InterruptedException {
        Path saved = WORK.resolve("load-participants.json");
        awaitHealthy();
        if (Files.exists(saved)) {
            List<Participant> participants = List.of(JSON.readValue(saved.toFile(), Participant[].class));
            warmUp(participants);
            return participants;
        }
        coordinatorReady();
        long programme = importProgramme();
        call("POST", "/api/programmes/" + programme + "/solve", Map.of("seconds", 20), 202);
        awaitSolved(programme);
        call("POST", "/api/programmes/" + programme + "/versions?force=true", null, 201);
        call("POST", "/api/invitations/participants", Map.of("programme", programme), 200);
        Map<String, String> links = new LinkedHashMap<>();
        for (JsonNode mail : call("GET", "/api/mail?limit=200", null, 200)) {
            Matcher link = LINK.matcher(mail.get("body").asText());
            if (link.find()) {
                links.putIfAbsent(mail.get("recipient").asText(), link.group());
            }
        }
        if (links.size() < PARTICIPANTS) {
            throw new IllegalStateException("expected " + PARTICIPANTS + " invitations, found " + links.size());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Participant>> made = new ArrayList<>();
        links.forEach((email, link) -> made.add(pool.submit(() -> signUp(email, link))));
        List<Participant> participants = new ArrayList<>();
        for (Future<Participant> participant : made) {
            try {
                participants.add(participant.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        pool.shutdown();
        JSON.writeValue(saved.toFile(), participants);
        warmUp(participants);
        return participants;
    }

    static void awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Doorstroom did not start at " + BASE + "; see target/doorstroom.log");
    }

    /**
     * The first coordinator's password, set through the link in the log once per application run (the link works
     * once); each simulation runs in a JVM of its own, so a file in target/ says it was done.
     */
    static synchronized void coordinatorReady() throws IOException, InterruptedException {
        awaitHealthy();
        Path done = WORK.resolve("load-coordinator-ready");
        if (Files.exists(done)) {
            return;
        }
        Matcher link = LINK.matcher(Files.readString(WORK.resolve("doorstroom.log")));
        if (!link.find()) {
            throw new IllegalStateException("no first-coordinator link in target/doorstroom.log");
        }
        setPassword(link.group(), PASSWORD);
        Files.createFile(done);
    }

    /** The first coordinator's Authorization header. */
    static String coordinator() {
        return basic(COORDINATOR, PASSWORD);
    }

    static String coordinatorName() {
        return COORDINATOR;
    }

    static String coordinatorPassword() {
        return PASSWORD;
    }

    static Path work() {
        return WORK;
    }

    static Path brabant() {
        return DATA;
    }

    private static void setPassword(String link, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no password form at " + link);
        }
        String form = "_csrf=" + enc(csrf.group(1)) + "&password=" + enc(password) + "&repeated=" + enc(password);
        HttpResponse<String> set = browser.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (set.statusCode() != 302) {
            throw new IllegalStateException("password not set at " + link + ": " + set.statusCode());
        }
    }

    /** The Brabant demo with each trainee six times over (and six times the room), wishes left out. */
    private static long importProgramme() throws IOException, InterruptedException {
        List<String> trainees = Files.readAllLines(DATA.resolve("participants.csv"));
        StringBuilder participants = new StringBuilder(trainees.get(0) + ",email\n");
        for (int i = 0; i < PARTICIPANTS; i++) {
            String row = trainees.get(1 + i % (trainees.size() - 1));
            String id = String.format("L%03d", i + 1);
            participants.append(id).append(row.substring(row.indexOf(','))).append(',').append(id.toLowerCase())
                    .append("@load.example.nl\n");
        }
        List<String> capacity = Files.readAllLines(DATA.resolve("capacity.csv"));
        StringBuilder room = new StringBuilder(capacity.get(0) + "\n");
        for (String line : capacity.subList(1, capacity.size())) {
            String[] cells = line.split(",", -1);
            cells[4] = String.valueOf(Integer.parseInt(cells[4]) * 6);
            room.append(String.join(",", cells)).append('\n');
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("programme.csv", Files.readString(DATA.resolve("programme.csv"))
                .replaceFirst("name,.*", "name,Belasting 200 deelnemers").getBytes(StandardCharsets.UTF_8));
        files.put("participants.csv", participants.toString().getBytes(StandardCharsets.UTF_8));
        files.put("capacity.csv", room.toString().getBytes(StandardCharsets.UTF_8));
        return importFiles(files);
    }

    /** Imports a programme's files as the import form and {@code curl -F files=@…} send them; returns its id. */
    static long importFiles(Map<String, byte[]> files) throws IOException, InterruptedException {
        String boundary = "load-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/programmes"))
                .header("Authorization", basic(COORDINATOR, PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 201) {
            throw new IllegalStateException("import refused: " + imported.body());
        }
        return JSON.readTree(imported.body()).get("id").asLong();
    }

    static void awaitSolved(long programme) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String status = call("GET", "/api/programmes/" + programme + "/solve", null, 200).get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("SOLVING")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the plan was not made in time");
    }

    private static Participant signUp(String email, String link) throws IOException, InterruptedException {
        String password = "load test secret " + Integer.toHexString(email.hashCode());
        setPassword(link, password);
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/me/tokens"))
                .header("Authorization", basic(email, password)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load test\",\"days\":7}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 201) {
            throw new IllegalStateException("no token for " + email + ": " + token.body());
        }
        return new Participant(email, password, JSON.readTree(token.body()).get("token").asText());
    }

    /** Lets the JIT compile the request path, with both ways of signing in, before anything is measured. */
    private static void warmUp(List<Participant> participants) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int round = 0; round < 15; round++) {
            for (Participant p : participants) {
                pool.submit(() -> get("/api/me/placements", "Bearer " + p.token()));
                pool.submit(() -> get("/api/me/placements", basic(p.username(), p.password())));
            }
        }
        pool.shutdown();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    }

    private static int get(String path, String authorization) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static JsonNode call(String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", basic(COORDINATOR, PASSWORD)).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<Participant> shuffled(List<Participant> participants) {
        List<Participant> copy = new ArrayList<>(participants);
        Collections.shuffle(copy, new java.util.Random(1));
        return copy;
    }
}
