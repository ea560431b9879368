package nl.doorstroom.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import no.nav.security.mock.oauth2.MockOAuth2Server;

import nl.doorstroom.web.account.Accounts;
import nl.doorstroom.web.programme.ProgrammeImport;

/**
 * The application against a real (embedded) PostgreSQL in a fresh data directory per test run; all
 * test classes share one application context, so tests create their own programmes and accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // one application context (and one database) for every test class
@AutoConfigureObservability(tracing = false) // the Prometheus endpoint, as in production
@Import(WebIntegrationTest.FixedToday.class)
public abstract class WebIntegrationTest {

    /** "Today" in every test: in the second period of the Brabant demo (2027-H2), so two periods have started. */
    public static final LocalDate TODAY = LocalDate.of(2027, 8, 1);

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedToday {
        @Bean
        @Primary
        Clock fixedClock() {
            ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
            return Clock.fixed(TODAY.atStartOfDay(amsterdam).toInstant(), amsterdam);
        }
    }

    private static final Path DATABASE = temporaryDirectory();

    /** A real SMTP server: the application sends its mail here (and keeps it in the database as well). */
    protected static final GreenMail MAIL_SERVER = startMailServer();
    /** A real OpenID Connect provider, registered as the organisation "gemeente". */
    protected static final MockOAuth2Server IDENTITY_PROVIDER = startIdentityProvider();
    public static final String PROVIDER = "gemeente";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("doorstroom.embedded-database.directory", DATABASE::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL_SERVER.getSmtp().getPort());
        String registration = "spring.security.oauth2.client.registration." + PROVIDER;
        registry.add(registration + ".client-id", () -> "doorstroom");
        registry.add(registration + ".client-secret", () -> "test-secret");
        registry.add(registration + ".client-name", () -> "Gemeente Proef");
        registry.add(registration + ".scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider." + PROVIDER + ".issuer-uri",
                () -> IDENTITY_PROVIDER.issuerUrl(PROVIDER).toString());
        registry.add("doorstroom.demo.enabled", () -> "false");
        // A job left running by one test must not queue the next test's job.
        registry.add("doorstroom.solver.parallel-jobs", () -> "2");
    }

    private static GreenMail startMailServer() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    private static MockOAuth2Server startIdentityProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("doorstroom-test-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    protected Accounts accounts;
    @Autowired
    protected ProgrammeImport programmeImport;
    @Autowired
    protected JdbcClient jdbc;

    /** The files of a demo programme under data/programmes. */
    public static Map<String, byte[]> demoFiles(String name) {
        Path folder = Path.of("..", "data", "programmes", name);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A freshly imported copy of a demo programme. */
    protected long importDemo(String name) {
        return programmeImport.importFiles(demoFiles(name), "test");
    }

    /** A freshly imported {@link SmallProgramme}, dated around today. */
    protected long importSmall() {
        return programmeImport.importFiles(SmallProgramme.files(TODAY), "test");
    }

    /** The programme's period ids, first to last. */
    protected List<String> periodIds(long programmeId) {
        return jdbc.sql("select id from period where programme_id = ? order by idx").param(programmeId)
                .query(String.class).list();
    }

    /** Sets a draft placement as a coordinator's move would. */
    protected void placeDraft(long programmeId, String participantId, String periodId, String hostCode) {
        jdbc.sql("update placement set host_code = ?, version = version + 1 where programme_id = ? and participant_id = ? and period_id = ?")
                .params(hostCode, programmeId, participantId, periodId).update();
    }

    /** Places the small programme's draft as {@link SmallProgramme#FEASIBLE}. */
    protected void placeFeasibly(long programmeId) {
        List<String> periods = periodIds(programmeId);
        SmallProgramme.FEASIBLE.forEach((participant, hosts) -> {
            for (int i = 0; i < hosts.size(); i++) {
                placeDraft(programmeId, participant, periods.get(i), hosts.get(i));
            }
        });
    }

    /**
     * Puts a queued solving job on the programme, as a solve asked while every solver is busy. Nothing runs it
     * (it has no execution in the scheduler), so the programme stays "being solved" until {@link #endJob}.
     */
    protected long queueJob(long programmeId) {
        return jdbc.sql("""
                insert into solver_job (programme_id, status, time_limit_ms, requested_by)
                values (?, 'QUEUED', 60000, 'test') returning id""").param(programmeId).query(Long.class).single();
    }

    protected void endJob(long jobId) {
        jdbc.sql("update solver_job set status = 'STOPPED', ended_at = now() where id = ?").param(jobId).update();
    }

    /** A change refused because the programme is being solved: 409, and a problem that says so. */
    protected static void assertRefusedWhileSolving(org.springframework.http.ResponseEntity<java.util.Map> response) {
        org.assertj.core.api.Assertions.assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody()))
                .isEqualTo(409);
        org.assertj.core.api.Assertions.assertThat(response.getBody())
                .containsEntry("type", "urn:doorstroom:solving");
        org.assertj.core.api.Assertions.assertThat((String) response.getBody().get("detail"))
                .contains("is being solved; stop it first, or wait until it has ended. Nothing was changed.");
    }

    /** Everything a change of the programme could touch, as text: equal before and after a refused change. */
    protected String snapshot(long programmeId) {
        return jdbc.sql("""
                select concat_ws(' | ',
                    (select p::text from programme p where p.id = :id),
                    (select string_agg(x::text, ', ' order by x::text) from participant x where x.programme_id = :id),
                    (select string_agg(x::text, ', ' order by x::text) from capacity_declaration x
                     where x.programme_id = :id),
                    (select string_agg(x::text, ', ' order by x::text) from placement x where x.programme_id = :id),
                    (select string_agg(x::text, ', ' order by x::text) from wish x where x.programme_id = :id),
                    (select string_agg(x::text, ', ' order by x::text) from plan_version x where x.programme_id = :id),
                    (select count(*) from audit_entry x where x.programme_id = :id))""")
                .param("id", programmeId).query(String.class).single();
    }

    /** Creates a coordinator with a unique name; returns the user name (password "secret-" + name). */
    protected String newCoordinator() {
        String username = unique("coordinator");
        accounts.createCoordinator(username, password(username));
        return username;
    }

    protected String newHost(String organisationCode) {
        String username = unique("host-" + organisationCode.toLowerCase());
        accounts.createHost(username, password(username), organisationCode);
        return username;
    }

    protected String newParticipant(long programmeId, String participantId) {
        String username = unique("participant-" + participantId.toLowerCase());
        accounts.createParticipant(username, password(username), programmeId, participantId);
        return username;
    }

    public static String password(String username) {
        return "secret-" + username;
    }

    private static int counter;

    private static synchronized String unique(String prefix) {
        return prefix + "-" + (++counter);
    }
}
