package nl.doorstroom.web.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.doorstroom.solver.input.InputProblem;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeSource;
import nl.doorstroom.web.WebIntegrationTest;

class ProgrammeApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, password(username));
    }

    private static HttpEntity<MultiValueMap<String, Object>> upload(Map<String, byte[]> files) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        files.forEach((name, bytes) -> body.add("files", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    @Test
    void aCoordinatorImportsAProgrammeFromItsCsvFiles() {
        String coordinator = newCoordinator();

        ResponseEntity<Map> created = as(coordinator).postForEntity("/api/programmes",
                upload(demoFiles("brabant-trainees")), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("name", "Trainee in Brabant 2027–2028")
                .containsEntry("participants", 37).containsEntry("hosts", 14).containsEntry("periodCount", 4);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/programmes/" + created.getBody().get("id"));
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemAndNothingIsStored() {
        String coordinator = newCoordinator();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(demoFiles("brabant-trainees"));
        files.put("capacity.csv", ("host,period,discipline,min,max,max_salary_scale\n"
                + "GM0796,2027-H1,,3,2,\n"
                + "GM9999,2027-H1,,0,1,\n").getBytes(StandardCharsets.UTF_8));
        int programmesBefore = count("programme");
        int organisationsBefore = count("organisation");

        ResponseEntity<Map> refused = as(coordinator).postForEntity("/api/programmes", upload(files), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("title", "Invalid programme files");
        assertThat((List<String>) refused.getBody().get("errors")).containsExactly(
                "capacity.csv:2:5: min 3 is above max 2",
                "capacity.csv:3:1: unknown organisation 'GM9999': expected an organisation code such as GM0796, "
                        + "PV30, WS0155 or BZK, from the reference or organisations.csv");
        assertThat(count("programme")).isEqualTo(programmesBefore);
        assertThat(count("organisation")).isEqualTo(organisationsBefore);
    }

    /** The import gives the same answers as the command-line planner: the same reader, the same rules. */
    @Test
    void anUploadWithAWishThatCanNeverBeHonouredIsRefusedAtItsLineAsTheCommandLineDoes() {
        String coordinator = newCoordinator();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(demoFiles("brabant-trainees"));
        files.put("wishes.csv", ("participant,host,period,by\n"
                + "T01,GM0363,,PARTICIPANT\n").getBytes(StandardCharsets.UTF_8));
        files.put("whishes.csv", "participant,host\n".getBytes(StandardCharsets.UTF_8));
        List<String> commandLine = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(ProgrammeSource.of(files))).getProblems().stream()
                .map(InputProblem::toString).toList();

        ResponseEntity<Map> refused = as(coordinator).postForEntity("/api/programmes", upload(files), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) refused.getBody().get("errors")).isEqualTo(commandLine).containsExactly(
                "wishes.csv:2:2: GM0363 (Amsterdam) is not a host of this programme: expected an organisation that "
                        + "declares capacity",
                "whishes.csv: unknown file: expected one of programme.csv, organisations.csv, compatibility.csv, "
                        + "participants.csv, history.csv, distances.csv, capacity.csv, wishes.csv, placements.csv; "
                        + "did you mean wishes.csv?");
    }

    @Test
    void anExportReadsBackAsTheSameProgramme() {
        String coordinator = newCoordinator();
        long id = importDemo("zuid-holland-pool");

        Map<String, byte[]> exported = export(coordinator, id);
        long again = programmeImport.importFiles(exported, "test");

        assertThat(export(coordinator, again)).usingRecursiveComparison().isEqualTo(exported);
        assertThat(exported.keySet()).contains("programme.csv", "participants.csv", "capacity.csv", "placements.csv");
    }

    /** The programme's files as the export's zip holds them. */
    private Map<String, byte[]> export(String coordinator, long id) {
        ResponseEntity<byte[]> zip = as(coordinator).getForEntity("/api/programmes/" + id + "/export", byte[].class);
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.getBody()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    @Test
    void hostsAndParticipantsOnlySeeTheirOwnProgrammes() {
        long brabant = importDemo("brabant-trainees");
        long zuidHolland = importDemo("zuid-holland-pool");
        String bredaHost = newHost("GM0758");
        String participant = newParticipant(brabant, "T01");

        assertThat(as(bredaHost).getForEntity("/api/programmes/" + brabant, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as(bredaHost).getForEntity("/api/programmes/" + zuidHolland, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(bredaHost).getForEntity("/api/programmes/" + brabant + "/participants", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(participant).getForEntity("/api/programmes/" + brabant + "/participants/T01", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as(participant).getForEntity("/api/programmes/" + brabant + "/participants/T02", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(participant).getForEntity("/api/programmes/" + zuidHolland, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/programmes", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void aCoordinatorChangesTheRulesWithTheVersionTheyRead() {
        String coordinator = newCoordinator();
        long id = importDemo("brabant-trainees");
        String url = "/api/programmes/" + id;

        ResponseEntity<Map> changed = as(coordinator).exchange(url, org.springframework.http.HttpMethod.PATCH,
                new HttpEntity<>(Map.of("version", 0, "maxCommuteKm", 55)), Map.class);
        ResponseEntity<Map> stale = as(coordinator).exchange(url, org.springframework.http.HttpMethod.PATCH,
                new HttpEntity<>(Map.of("version", 0, "maxCommuteKm", 40)), Map.class);
        ResponseEntity<Map> negative = as(coordinator).exchange(url, org.springframework.http.HttpMethod.PATCH,
                new HttpEntity<>(Map.of("version", 1, "maxCommuteKm", -5)), Map.class);

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody()).containsEntry("maxCommuteKm", 55).containsEntry("version", 1);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) negative.getBody().get("errors"))
                .containsExactly("maxCommuteKm: maxCommuteKm -5 is negative: expected a whole number from 0 to 1000");
        assertThat(jdbc.sql("select max_commute_km from programme where id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(55);
        assertThat(jdbc.sql("select count(*) from audit_entry where programme_id = ? and action = 'programme.change'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aParticipantChangeThatMakesTheProgrammeInvalidChangesNothing() {
        String coordinator = newCoordinator();
        long id = importDemo("brabant-trainees");
        String url = "/api/programmes/" + id + "/participants/T01";

        ResponseEntity<Map> refused = as(coordinator).exchange(url, org.springframework.http.HttpMethod.PATCH,
                new HttpEntity<>(Map.of("version", 0, "salaryScale", 25)), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) refused.getBody().get("errors")).singleElement().asString()
                .isEqualTo("salaryScale: salaryScale 25 is outside 1..18"); // the field of the request, not a file
        assertThat(as(coordinator).getForObject(url, Map.class)).containsEntry("salaryScale", 8)
                .containsEntry("version", 0);
    }

    @Test
    void aCoordinatorAddsAPoolEmployerAndHostsCannot() {
        String coordinator = newCoordinator();
        Map<String, Object> pool = Map.of("code", "POOL-NB", "name", "Talentenpool Noord-Brabant", "layer", "OTHER",
                "sector", "POOL", "town", "Tilburg", "latitude", 51.56, "longitude", 5.08);

        ResponseEntity<Map> created = as(coordinator).postForEntity("/api/organisations", pool, Map.class);
        ResponseEntity<Map> again = as(coordinator).postForEntity("/api/organisations", pool, Map.class);
        ResponseEntity<Map> byHost = as(newHost("GM0758")).postForEntity("/api/organisations",
                Map.of("code", "POOL-X", "name", "X", "layer", "OTHER", "sector", "POOL", "town", "X",
                        "latitude", 51.0, "longitude", 5.0), Map.class);
        ResponseEntity<Map> badLayer = as(coordinator).postForEntity("/api/organisations",
                Map.of("code", "POOL-Y", "name", "Y", "layer", "COUNTY", "sector", "POOL", "town", "Y",
                        "latitude", 51.0, "longitude", 5.0), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(as(coordinator).getForObject("/api/organisations/pool-nb", Map.class))
                .containsEntry("name", "Talentenpool Noord-Brabant").containsEntry("sector", "POOL");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(byHost.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(badLayer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as(coordinator).getForEntity("/api/organisations/POOL-X", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCoordinatorAddsALateTraineeAndRemovesOne() {
        String coordinator = newCoordinator();
        long id = importDemo("brabant-trainees");
        String participants = "/api/programmes/" + id + "/participants";
        Map<String, Object> late = Map.of("id", "T99", "name", "Noor El Amrani", "kind", "TRAINEE",
                "employer", "GM0758", "salaryScale", 8, "discipline", "sociaal domein", "home", "Breda",
                "firstPeriod", "2027-H2");

        ResponseEntity<Map> added = as(coordinator).postForEntity(participants, late, Map.class);
        ResponseEntity<Map> unknownHome = as(coordinator).postForEntity(participants,
                Map.of("id", "T98", "name", "X", "kind", "TRAINEE", "employer", "GM0758", "salaryScale", 8,
                        "home", "Atlantis"), Map.class);
        ResponseEntity<Void> removed = as(coordinator).exchange(participants + "/T02",
                org.springframework.http.HttpMethod.DELETE, null, Void.class);

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody()).containsEntry("name", "Noor El Amrani").containsEntry("firstPeriod", "2027-H2");
        assertThat(jdbc.sql("select count(*) from placement where programme_id = ? and participant_id = 'T99'")
                .param(id).query(Integer.class).single()).isEqualTo(3);
        assertThat(unknownHome.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) unknownHome.getBody().get("errors")).singleElement().asString()
                .contains("unknown home 'Atlantis': expected a municipality code or name");
        assertThat(as(coordinator).getForEntity(participants + "/T98", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("select count(*) from placement where programme_id = ? and participant_id = 'T02'")
                .param(id).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where programme_id = ? and action like 'participant.%'")
                .param(id).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void noProgrammeOrParticipantChangesWhileTheProgrammeIsBeingSolved() {
        String coordinator = newCoordinator();
        long id = importDemo("brabant-trainees");
        String url = "/api/programmes/" + id;
        long job = queueJob(id);
        String before = snapshot(id);

        List<ResponseEntity<Map>> refused = List.of(
                as(coordinator).exchange(url, org.springframework.http.HttpMethod.PATCH,
                        new HttpEntity<>(Map.of("version", 0, "maxCommuteKm", 55)), Map.class),
                as(coordinator).postForEntity(url + "/participants", Map.of("id", "T99", "name", "Noor El Amrani",
                        "kind", "TRAINEE", "employer", "GM0758", "salaryScale", 8, "home", "Breda"), Map.class),
                as(coordinator).exchange(url + "/participants/T01", org.springframework.http.HttpMethod.PATCH,
                        new HttpEntity<>(Map.of("version", 0, "salaryScale", 9)), Map.class),
                as(coordinator).exchange(url + "/participants/T02", org.springframework.http.HttpMethod.DELETE, null,
                        Map.class));

        refused.forEach(WebIntegrationTest::assertRefusedWhileSolving);
        assertThat(snapshot(id)).isEqualTo(before);
        endJob(job);
        assertThat(as(coordinator).exchange(url + "/participants/T01", org.springframework.http.HttpMethod.PATCH,
                new HttpEntity<>(Map.of("version", 0, "salaryScale", 9)), Map.class).getStatusCode())
                .as("once the job has ended").isEqualTo(HttpStatus.OK);
    }

    @Test
    void anImportWithItsOwnOrganisationRowsChangesNoOtherProgrammeEvenOneBeingSolved() {
        String coordinator = newCoordinator();
        long solving = importDemo("brabant-trainees");
        long job = queueJob(solving);
        Map<String, byte[]> movesOss = new java.util.LinkedHashMap<>(demoFiles("brabant-trainees"));
        movesOss.put("organisations.csv", ("code,name,layer,sector,town,province,latitude,longitude,population\n"
                + "GM0828,Oss (verhuisd),MUNICIPALITY,GEMEENTEN,Oss,PV30,51.7650,5.5180,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String organisations = jdbc.sql("select string_agg(o::text, ', ' order by code) from organisation o")
                .query(String.class).single();

        ResponseEntity<Map> imported = as(coordinator).postForEntity("/api/programmes", upload(movesOss), Map.class);

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long own = ((Number) imported.getBody().get("id")).longValue();
        assertThat(jdbc.sql("select string_agg(o::text, ', ' order by code) from organisation o")
                .query(String.class).single()).as("the shared organisations").isEqualTo(organisations);
        assertThat(capacityHostName(own, "GM0828")).isEqualTo("Oss (verhuisd)");
        assertThat(capacityHostName(solving, "GM0828")).isEqualTo("Oss");
        endJob(job);
    }

    /** The host's name as the programme's capacity list shows it. */
    private String capacityHostName(long programme, String host) {
        return jdbc.sql("select name from programme_organisations where programme_id = ? and code = ?")
                .params(programme, host).query(String.class).single();
    }
}
