package nl.doorstroom.web.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.io.CsvOut;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeSource;
import nl.doorstroom.web.PageClient;
import nl.doorstroom.web.WebIntegrationTest;

/**
 * Generated text in every free field a programme has (its name, participants' ids, names and disciplines, its own
 * organisations' codes and names) survives the command line's reader, and the web's import, database, pages, API
 * answers and downloads unchanged; a programme that was accepted is planned, moved and published like any other.
 * Each case comes from its seed: a failure names it, and {@link TextProgramme#generate} makes it again.
 */
class TextRoundTripTest extends WebIntegrationTest {

    /** Reading alone is quick: many cases. */
    private static final int READER_CASES = 300;
    /** Through the whole application: a few dozen programmes in the one application context. */
    private static final int WEB_CASES = 20;
    private static final long FIRST_SEED = 13_000;

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;
    @TempDir
    Path folder;

    @Test
    void theCommandLineReaderKeepsEveryText() throws IOException {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + READER_CASES; seed++) {
            TextProgramme programme = TextProgramme.generate(seed, TODAY);
            Path files = Files.createDirectories(folder.resolve("p" + seed));
            for (Map.Entry<String, byte[]> file : programme.files().entrySet()) {
                Files.write(files.resolve(file.getKey()), file.getValue());
            }
            if (programme.holdsNul()) {
                assertRefusedForNul(programme, () -> ProgrammeReader.read(files));
                continue;
            }
            assertKeptBy(readOrFail(programme, () -> ProgrammeReader.read(files)), programme, "the reader");
            // a download of it reads back the same
            Plan plan = ProgrammeReader.read(files);
            assertKeptBy(ProgrammeReader.read(ProgrammeSource.of(nl.doorstroom.solver.io.ProgrammeWriter.files(plan))),
                    programme, "the written files");
        }
    }

    @Test
    void theApplicationKeepsEveryTextOnEveryPageAnswerAndDownload() {
        String coordinator = newCoordinator();
        TestRestTemplate api = rest.withBasicAuth(coordinator, password(coordinator));
        PageClient pages = new PageClient(port);
        pages.logIn(coordinator, password(coordinator));
        // the host every programme names its own way: one account sees them all
        String hostAccount = newHost(TextProgramme.RENAMED_CODE);
        PageClient host = new PageClient(port);
        host.logIn(hostAccount, password(hostAccount));
        for (long seed = FIRST_SEED; seed < FIRST_SEED + WEB_CASES; seed++) {
            TextProgramme programme = TextProgramme.generate(seed, TODAY);
            if (programme.holdsNul()) {
                assertRefusedForNul(programme, () -> ProgrammeReader.read(ProgrammeSource.of(programme.files())));
                assertThat(upload(api, programme).getStatusCode().value()).as("seed " + seed).isEqualTo(400);
                continue;
            }
            readOrFail(programme, () -> ProgrammeReader.read(ProgrammeSource.of(programme.files())));
            long id = importThroughTheApi(api, programme);
            new Case(programme, id, api, pages, host).check(seed % 6 == 0, seed % 2 == 0);
        }
    }

    /** One imported programme, checked everywhere its text shows. */
    private final class Case {
        private final TextProgramme programme;
        private final long id;
        private final TestRestTemplate api;
        private final PageClient pages;
        private final PageClient host;
        private final String where;

        Case(TextProgramme programme, long id, TestRestTemplate api, PageClient pages, PageClient host) {
            this.programme = programme;
            this.id = id;
            this.api = api;
            this.pages = pages;
            this.host = host;
            this.where = "seed " + programme.seed() + ", programme " + id;
        }

        void check(boolean solve, boolean signInAsParticipant) {
            Map<?, ?> view = get("/api/programmes/" + id, Map.class);
            assertThat(view.get("name")).as(where).isEqualTo(programme.name());
            List<Map<String, Object>> participants = get("/api/programmes/" + id + "/participants",
                    List.class);
            assertThat(participants).as(where).extracting(p -> p.get("id") + "|" + p.get("name") + "|"
                    + p.get("discipline") + "|" + p.get("employerName"))
                    .containsExactlyInAnyOrderElementsOf(programme.participants().stream().map(p -> p.id() + "|"
                            + p.name() + "|" + p.discipline() + "|" + programme.pool().name()).toList());
            placeAsPlanned();
            checkBoard();
            checkPages();
            checkDownloads("/api/programmes/" + id + "/plan.csv");
            if (solve) {
                solve();
            }
            ResponseEntity<Map> published = api.postForEntity("/api/programmes/" + id + "/versions?force=true", null,
                    Map.class);
            assertThat(published.getStatusCode().value()).as(where + ": " + published.getBody()).isEqualTo(201);
            int number = (Integer) published.getBody().get("number");
            checkDownloads("/api/programmes/" + id + "/versions/" + number + "/plan.csv");
            checkVersion(number);
            if (signInAsParticipant) {
                checkParticipantSees();
            }
            checkHostSees();
        }

        /** Every placement moved (and pinned) through the API to the host of {@link TextProgramme#plan}. */
        private void placeAsPlanned() {
            Map<?, ?> board = get("/api/programmes/" + id + "/placements?size=200", Map.class);
            Map<String, Object> versions = new LinkedHashMap<>();
            for (Map<?, ?> p : (List<Map<?, ?>>) board.get("placements")) {
                versions.put(p.get("participant") + "/" + p.get("period"), p.get("version"));
            }
            for (int i = 0; i < programme.participants().size(); i++) {
                TextProgramme.Person person = programme.participants().get(i);
                for (int period = 0; period < programme.periods().size(); period++) {
                    String periodId = programme.periods().get(period);
                    String host = programme.plan(i, period);
                    Map<?, ?> moved = exchange(HttpMethod.PUT, "/api/programmes/" + id + "/placements/"
                            + segment(person.id()) + "/" + periodId,
                            Map.of("host", host, "version", versions.get(person.id() + "/" + periodId)));
                    Map<?, ?> after = (Map<?, ?>) moved.get("placement");
                    assertThat(after.get("participant")).as(where).isEqualTo(person.id());
                    assertThat(after.get("participantName")).as(where).isEqualTo(person.name());
                    assertThat(((Map<?, ?>) after.get("host")).get("name")).as(where)
                            .isEqualTo(programme.hostName(host));
                }
            }
        }

        private void checkBoard() {
            Map<?, ?> board = get("/api/programmes/" + id + "/placements?size=200", Map.class);
            List<Map<String, Object>> placements = (List<Map<String, Object>>) board.get("placements");
            assertThat(placements).as(where).extracting(p -> p.get("participant") + "|" + p.get("participantName")
                    + "|" + p.get("period") + "|" + ((Map<?, ?>) p.get("host")).get("code") + "|"
                    + ((Map<?, ?>) p.get("host")).get("name")).containsExactlyInAnyOrderElementsOf(expectedRows());
            // the participant filter finds a name as it was written
            TextProgramme.Person first = programme.participants().get(0);
            Map<?, ?> found = get("/api/programmes/" + id + "/placements?participant="
                    + java.net.URLEncoder.encode(first.name(), StandardCharsets.UTF_8), Map.class);
            assertThat(((List<Map<String, Object>>) found.get("placements"))).as(where)
                    .extracting(p -> p.get("participant")).contains(first.id());
            Map<?, ?> why = exchange(HttpMethod.GET, "/api/programmes/" + id + "/placements/" + segment(first.id())
                    + "/" + programme.periods().get(0) + "/explanation", null);
            assertThat(why.get("participantName")).as(where).isEqualTo(first.name());
            List<Map<String, Object>> recommendations = get("/api/programmes/" + id + "/placements/"
                    + segment(first.id()) + "/" + programme.periods().get(0) + "/recommendations", List.class);
            for (Map<String, Object> recommendation : recommendations) {
                Map<?, ?> host = (Map<?, ?>) recommendation.get("host");
                assertThat(host.get("name")).as(where).isEqualTo(programme.hostName((String) host.get("code")));
            }
            Map<?, ?> explanation = get("/api/programmes/" + id + "/explanation?lang=en", Map.class);
            assertThat(explanation.get("score")).as(where).isNotNull();
        }

        private List<String> expectedRows() {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < programme.participants().size(); i++) {
                TextProgramme.Person person = programme.participants().get(i);
                for (int period = 0; period < programme.periods().size(); period++) {
                    String host = programme.plan(i, period);
                    rows.add(person.id() + "|" + person.name() + "|" + programme.periods().get(period) + "|" + host
                            + "|" + programme.hostName(host));
                }
            }
            return rows;
        }

        /** The coordinator's pages show every name as it was written. */
        private void checkPages() {
            String base = "/programmes/" + id;
            TextProgramme.Person first = programme.participants().get(0);
            List<String> names = programme.participants().stream().map(TextProgramme.Person::name).toList();
            List<String> hostNames = List.of(programme.ownHost().name(), programme.renamedHost().name());
            assertPage(base, List.of(programme.name()));
            assertPage(base + "/board", concat(List.of(programme.name()), names, hostNames));
            assertPage(base + "/explanation", List.of(programme.name()));
            assertPage(base + "/occupancy", hostNames);
            assertPage(base + "/board/placements/" + segment(first.id()) + "/" + programme.periods().get(0),
                    List.of(first.name()));
            assertPage("/programmes", List.of(programme.name()));
        }

        private void assertPage(String path, List<String> texts) {
            HttpResponse<String> page = pages.get(path);
            assertThat(page.statusCode()).as(where + ": " + path).isEqualTo(200);
            String text = HtmlUtils.htmlUnescape(page.body());
            for (String expected : texts) {
                assertThat(text).as(where + ": " + path).contains(expected);
            }
        }

        /** The export reads back as the same programme, and the plan's CSV holds the names as they were. */
        private void checkDownloads(String planCsv) {
            byte[] zip = get("/api/programmes/" + id + "/export", byte[].class);
            assertKeptBy(ProgrammeReader.read(ProgrammeSource.of(unzip(zip))), programme, where + ": export");
            byte[] page = pages.bytes("/programmes/" + id + "/export.zip");
            assertKeptBy(ProgrammeReader.read(ProgrammeSource.of(unzip(page))), programme, where + ": export.zip");
            List<Map<String, String>> rows = csvRows(get(planCsv, byte[].class));
            assertThat(rows).as(where + ": " + planCsv).extracting(r -> r.get("participant") + "|"
                    + r.get("participant_name") + "|" + r.get("period") + "|" + r.get("host") + "|" + r.get("host_name"))
                    .containsExactlyInAnyOrderElementsOf(expectedRows());
        }

        private void checkVersion(int number) {
            Map<?, ?> version = get("/api/programmes/" + id + "/versions/" + number, Map.class);
            List<Map<String, Object>> placements = (List<Map<String, Object>>) version.get("placements");
            assertThat(placements).as(where).extracting(p -> p.get("participantId") + "|" + p.get("participantName")
                    + "|" + p.get("periodId") + "|" + p.get("hostCode") + "|" + p.get("hostName"))
                    .containsExactlyInAnyOrderElementsOf(expectedRows());
            assertThat(placements).as(where).extracting(p -> (String) p.get("discipline")).allMatch(d -> programme
                    .participants().stream().anyMatch(person -> person.discipline().equals(d)));
        }

        /** The first participant's own page and API answer name their hosts as the programme does. */
        private void checkParticipantSees() {
            TextProgramme.Person first = programme.participants().get(0);
            // the account's name is plain: HTTP Basic carries ISO-8859-1 only
            String account = "trainee-" + programme.seed();
            accounts.createParticipant(account, password(account), id, first.id());
            List<String> hosts = List.of(programme.ownHost().name(), programme.renamedHost().name());
            PageClient own = new PageClient(port);
            own.logIn(account, password(account));
            HttpResponse<String> page = own.get("/me");
            assertThat(page.statusCode()).as(where).isEqualTo(200);
            assertThat(HtmlUtils.htmlUnescape(page.body())).as(where + ": /me").contains(hosts);
            List<Map<String, Object>> mine = rest.withBasicAuth(account, password(account))
                    .getForObject("/api/me/placements", List.class);
            assertThat(mine).as(where).extracting(p -> String.valueOf(p.get("hostName")))
                    .containsAll(hosts);
        }

        /** The host this programme names its own way sees who is coming, by name. */
        private void checkHostSees() {
            HttpResponse<String> page = host.get("/host");
            assertThat(page.statusCode()).as(where).isEqualTo(200);
            assertThat(HtmlUtils.htmlUnescape(page.body())).as(where + ": /host")
                    .contains(programme.participants().stream().map(TextProgramme.Person::name).toList());
        }

        private void solve() {
            ResponseEntity<Map> started = api.postForEntity("/api/programmes/" + id + "/solve", Map.of("seconds", 1),
                    Map.class);
            assertThat(started.getStatusCode().value()).as(where + ": " + started.getBody()).isEqualTo(202);
            Map<?, ?> job = org.awaitility.Awaitility.await(where).atMost(java.time.Duration.ofMinutes(2))
                    .pollInterval(java.time.Duration.ofMillis(200))
                    .until(() -> get("/api/programmes/" + id + "/solve", Map.class),
                            j -> !List.of("QUEUED", "SOLVING").contains(j.get("status")));
            assertThat(job.get("status")).as(where + ": " + job).isEqualTo("COMPLETED");
            checkBoard();
        }

        private Map<?, ?> exchange(HttpMethod method, String path, Object body) {
            ResponseEntity<Map> answer = api.exchange(java.net.URI.create(path(path)), method,
                    body == null ? null : new HttpEntity<>(body), Map.class);
            assertThat(answer.getStatusCode().value()).as(where + ": " + method + " " + path + ": "
                    + answer.getBody()).isEqualTo(200);
            return answer.getBody();
        }

        private String path(String path) {
            return "http://localhost:" + port + path;
        }

        /** A GET of a path whose parts are encoded already (a template would encode them again). */
        private <T> T get(String path, Class<T> type) {
            ResponseEntity<T> answer = api.getForEntity(java.net.URI.create(path(path)), type);
            assertThat(answer.getStatusCode().value()).as(where + ": GET " + path + ": " + answer.getBody())
                    .isEqualTo(200);
            return answer.getBody();
        }
    }

    private long importThroughTheApi(TestRestTemplate api, TextProgramme programme) {
        ResponseEntity<Map> created = upload(api, programme);
        assertThat(created.getStatusCode().value()).as("seed " + programme.seed() + ": " + created.getBody())
                .isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private static ResponseEntity<Map> upload(TestRestTemplate api, TextProgramme programme) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        programme.files().forEach((name, bytes) -> body.add("files", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return api.postForEntity("/api/programmes", new HttpEntity<>(body, headers), Map.class);
    }

    /** Refused as input, saying so, rather than failing in the database. */
    private static void assertRefusedForNul(TextProgramme programme, java.util.function.Supplier<Plan> read) {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, read::get))
                .as("seed " + programme.seed()).isNotNull().hasMessageContaining("NUL");
    }

    private static Plan readOrFail(TextProgramme programme, java.util.function.Supplier<Plan> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw new AssertionError("seed " + programme.seed() + " was refused: " + e.getMessage(), e);
        }
    }

    /** The plan holds the programme's texts exactly as they were generated. */
    private static void assertKeptBy(Plan plan, TextProgramme programme, String by) {
        String where = "seed " + programme.seed() + ", " + by;
        assertThat(plan.getProgramme().getName()).as(where).isEqualTo(programme.name());
        assertThat(plan.getParticipants()).as(where)
                .extracting(p -> p.getId() + "|" + p.getName() + "|" + p.getDiscipline() + "|"
                        + p.getEmployer().getName())
                .containsExactlyInAnyOrderElementsOf(programme.participants().stream()
                        .map(p -> p.id() + "|" + p.name() + "|" + p.discipline() + "|" + programme.pool().name())
                        .toList());
        Map<String, String> names = plan.getOrganisations().stream()
                .collect(Collectors.toMap(Organisation::getCode, Organisation::getName, (a, b) -> a));
        for (TextProgramme.Organisation own : List.of(programme.pool(), programme.ownHost(),
                programme.renamedHost())) {
            assertThat(names).as(where).containsEntry(own.code(), own.name());
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A plan's CSV read as the readers read it: the {@code '} before a formula-like cell taken off again. */
    private static List<Map<String, String>> csvRows(byte[] csv) {
        // RFC 4180 as the writer writes it: a quote doubled, a backslash plain text
        try (CSVReader reader = new CSVReaderBuilder(new InputStreamReader(new ByteArrayInputStream(csv),
                StandardCharsets.UTF_8)).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> lines = reader.readAll();
            String[] header = lines.get(0);
            header[0] = header[0].replace("\uFEFF", "");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], CsvOut.fromText(line[i]));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | CsvException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String segment(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

}
