package nl.doorstroom.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.doorstroom.web.SmallProgramme;
import nl.doorstroom.web.WebIntegrationTest;

/**
 * Every endpoint of the API against every kind of user, with the status each must get. One line per
 * endpoint; the columns are the users of {@link Who}, in that order. A write that must be refused is
 * also checked to have changed nothing in the database.
 *
 * <p>The subject of each path is a small published programme: the "own" host declares capacity in it and
 * the "own" participant is the one the path names (T1); the "other" host takes no part in it and the "other"
 * participant is T2 of the same programme. Writes run against a fresh copy of that programme, so a granted
 * write never changes what the next line sees.
 *
 * <p>{@code /actuator/prometheus} (coordinators only) is left out: tests run without metrics export, so it
 * does not exist here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends WebIntegrationTest {

    enum Who {
        ANONYMOUS, COORDINATOR, HOST_OWN, HOST_OTHER, PARTICIPANT_OWN, PARTICIPANT_OTHER
    }

    private static final List<Endpoint> MATRIX = List.of(
            // ------------------------------------------------------------ anonymous coord host own other part own other
            get("/api/programmes").expect(                                          401, 200, 200, 200, 200, 200),
            post("/api/programmes", f -> smallProgrammeUpload()).expect(            401, 201, 403, 403, 403, 403),
            get("/api/programmes/{p}").expect(                                      401, 200, 200, 404, 200, 200),
            delete("/api/programmes/{p}").expect(                                   401, 204, 403, 403, 403, 403),
            get("/api/programmes/{p}/periods").expect(                              401, 200, 200, 404, 200, 200),
            get("/api/programmes/{p}/export").expect(                               401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/participants").expect(                         401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/participants/T1").expect(                      401, 200, 404, 404, 200, 404),
            patch("/api/programmes/{p}/participants/T1",
                    f -> Map.of("version", 0, "name", "Anna B.")).expect(           401, 200, 403, 403, 403, 403),
            post("/api/programmes/{p}/participants", f -> Map.of("id", "T3", "name", "Cas Smit", "kind", "JUNIOR",
                    "employer", "PV30", "salaryScale", 7, "home", "Tilburg")).expect(401, 201, 403, 403, 403, 403),
            delete("/api/programmes/{p}/participants/T2").expect(                   401, 204, 403, 403, 403, 403),
            get("/api/programmes/{p}/participants/T1/placements").expect(           401, 200, 403, 403, 403, 403),
            get("/api/organisations").expect(                                       401, 200, 200, 200, 200, 200),
            get("/api/organisations/GM0828").expect(                                401, 200, 200, 200, 200, 200),
            patch("/api/programmes/{p}", f -> Map.of("version", 0, "name", "Kleine proef 2")).expect(
                                                                                    401, 200, 403, 403, 403, 403),
            post("/api/organisations", f -> Map.of("code", "POOL-M" + f.programme(), "name", "Pool",
                    "layer", "OTHER", "sector", "POOL", "town", "Tilburg", "latitude", 51.56,
                    "longitude", 5.08)).expect(                                     401, 201, 403, 403, 403, 403),
            // planning: a coordinator's time limit of 0 s is refused after the access check, so no job runs
            post("/api/programmes/{p}/solve", f -> Map.of("seconds", 0)).expect(    401, 400, 403, 403, 403, 403),
            post("/api/programmes/{p}/replan", f -> Map.of("seconds", 0)).expect(   401, 400, 403, 403, 403, 403),
            post("/api/programmes/{p}/solve/stop", f -> null).expect(               401, 409, 403, 403, 403, 403),
            get("/api/programmes/{p}/solve").expect(                                401, 404, 403, 403, 403, 403),
            get("/api/programmes/{p}/solve/events").expect(                         401, 404, 403, 403, 403, 403),
            get("/api/programmes/{p}/explanation").expect(                          401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/placements").expect(                           401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/placements/T1/{first}").expect(                401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/placements/T1/{first}/explanation").expect(    401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/placements/T1/{first}/recommendations").expect(401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/fairness").expect(                             401, 200, 403, 403, 403, 403),
            put("/api/programmes/{p}/placements/T1/{first}",
                    f -> Map.of("host", "GM0796", "version", 1)).expect(            401, 200, 403, 403, 403, 403),
            post("/api/programmes/{p}/placements/T1/{first}/pin",
                    f -> Map.of("version", 1)).expect(                              401, 200, 403, 403, 403, 403),
            post("/api/programmes/{p}/placements/T1/{first}/unpin",
                    f -> Map.of("version", 1)).expect(                              401, 200, 403, 403, 403, 403),
            // publishing
            post("/api/programmes/{p}/versions", f -> null).expect(                 401, 201, 403, 403, 403, 403),
            get("/api/programmes/{p}/versions").expect(                             401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/versions/1").expect(                           401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/versions/diff?from=1&to=1").expect(            401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/plan.csv").expect(                             401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/versions/1/plan.csv").expect(                  401, 200, 403, 403, 403, 403),
            // the audit trail: coordinators only; a host or participant reads no change of anybody
            get("/api/programmes/{p}/audit").expect(                                401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/audit.csv").expect(                            401, 200, 403, 403, 403, 403),
            // participant
            get("/api/me/placements").expect(                                       401, 403, 403, 403, 200, 200),
            get("/api/me/calendar.ics").expect(                                     401, 403, 403, 403, 200, 200),
            get("/api/me/wishes").expect(                                           401, 403, 403, 403, 200, 200),
            post("/api/me/wishes",
                    f -> Map.of("host", "GM0828", "period", f.lastPeriod())).expect(401, 403, 403, 403, 201, 201),
            delete("/api/me/wishes/{wish}").expect(                                 401, 403, 403, 403, 204, 404),
            // capacity
            get("/api/capacity").expect(                                            401, 200, 200, 200, 403, 403),
            get("/api/programmes/{p}/capacity").expect(                             401, 200, 200, 404, 404, 404),
            post("/api/programmes/{p}/capacity", f -> Map.of("host", "GM0828", "period", f.firstPeriod(),
                    "discipline", "water", "min", 0, "max", 1)).expect(             401, 201, 201, 404, 403, 403),
            put("/api/programmes/{p}/capacity/{declaration}",
                    f -> Map.of("version", f.declarationVersion(), "min", 0, "max", 2)).expect(
                                                                                    401, 200, 200, 404, 403, 403),
            delete("/api/programmes/{p}/capacity/{declaration}?version={declarationVersion}").expect(
                                                                                    401, 204, 204, 404, 403, 403),
            get("/api/hosts/me/incoming").expect(                                   401, 403, 200, 200, 403, 403),
            // accounts, invitations, contacts, tokens, mail
            get("/api/accounts").expect(                                            401, 200, 403, 403, 403, 403),
            post("/api/accounts/{account}/deactivate", f -> null).expect(           401, 200, 403, 403, 403, 403),
            post("/api/accounts/{account}/activate", f -> null).expect(             401, 200, 403, 403, 403, 403),
            post("/api/invitations/coordinators",
                    f -> Map.of("email", f.newAddress())).expect(                   401, 200, 403, 403, 403, 403),
            post("/api/invitations/hosts",
                    f -> Map.of("organisations", List.of("GM0828"))).expect(        401, 200, 403, 403, 403, 403),
            post("/api/invitations/participants", f -> Map.of("programme", f.programme(),
                    "participants", List.of("T1"))).expect(                         401, 200, 403, 403, 403, 403),
            get("/api/organisations/GM0828/contacts").expect(                       401, 200, 200, 404, 403, 403),
            post("/api/organisations/GM0828/contacts",
                    f -> Map.of("email", f.newAddress())).expect(                   401, 201, 201, 404, 403, 403),
            delete("/api/organisations/GM0828/contacts/{contact}").expect(          401, 204, 204, 404, 403, 403),
            get("/api/mail").expect(                                                401, 200, 403, 403, 403, 403),
            get("/api/me/tokens").expect(                                           401, 200, 200, 200, 200, 200),
            post("/api/me/tokens", f -> Map.of("name", "script", "days", 7)).expect(401, 201, 201, 201, 201, 201),
            // the token is the own participant's: nobody else's /api/me reaches it
            delete("/api/me/tokens/{token}").expect(                                401, 404, 404, 404, 204, 404),
            // what-if variants: the coordinators' alone; to hosts and participants a variant is no programme
            get("/api/programmes/{p}/variants").expect(                             401, 200, 403, 403, 403, 403),
            post("/api/programmes/{p}/variants", f -> Map.of("name", "Nog een")).expect(
                                                                                    401, 201, 403, 403, 403, 403),
            get("/api/programmes/{p}/variants/{v}").expect(                         401, 200, 403, 403, 403, 403),
            delete("/api/programmes/{p}/variants/{v}").expect(                      401, 204, 403, 403, 403, 403),
            put("/api/programmes/{p}/variants/{v}/weights", f -> Map.of("version", 0,
                    "weights", Map.of("Long commute", "0hard/0medium/2soft"))).expect(
                                                                                    401, 200, 403, 403, 403, 403),
            get("/api/programmes/{p}/variants/{v}/compare?with=draft").expect(      401, 200, 403, 403, 403, 403),
            post("/api/programmes/{p}/variants/{v}/adopt", f -> Map.of("draftRevision", f.revision(f.programme()),
                    "variantRevision", f.revision(f.variant()))).expect(            401, 200, 403, 403, 403, 403),
            get("/api/programmes/{v}").expect(                                      401, 200, 404, 404, 404, 404),
            get("/api/programmes/{v}/periods").expect(                              401, 200, 404, 404, 404, 404),
            get("/api/programmes/{v}/capacity").expect(                             401, 200, 404, 404, 404, 404),
            get("/api/programmes/{v}/fairness").expect(                             401, 200, 403, 403, 403, 403),
            put("/api/programmes/{v}/capacity/{vdeclaration}",
                    f -> Map.of("version", 0, "min", 0, "max", 2)).expect(          401, 200, 404, 404, 403, 403),
            // operations
            get("/actuator/health").expect(                                         200, 200, 200, 200, 200, 200),
            get("/actuator/info").expect(                                           200, 200, 200, 200, 200, 200));

    /**
     * Pages, signed in as a browser session is: an anonymous visitor is sent to the login page (302). The
     * columns are those of {@link #MATRIX}.
     */
    private static final List<Endpoint> PAGES = List.of(
            get("/programmes/{p}/fairness").expect(                                 302, 200, 403, 403, 403, 403),
            get("/programmes/{v}/fairness").expect(                                 302, 200, 403, 403, 403, 403));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private final Map<Who, String> usernames = new java.util.EnumMap<>(Who.class);
    private Fixture shared;

    @BeforeAll
    void accounts() {
        usernames.put(Who.COORDINATOR, newCoordinator());
        usernames.put(Who.HOST_OWN, newHost("GM0828"));
        usernames.put(Who.HOST_OTHER, newHost("GM0758"));
        shared = newFixture();
        usernames.put(Who.PARTICIPANT_OWN, newParticipant(shared.programme(), "T1"));
        usernames.put(Who.PARTICIPANT_OTHER, newParticipant(shared.programme(), "T2"));
    }

    Stream<Case> cases() {
        return MATRIX.stream().flatMap(endpoint -> Stream.of(Who.values())
                .map(who -> new Case(endpoint, who, endpoint.expected()[who.ordinal()])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachUserGetsExactlyWhatTheirRoleAllows(Case c) {
        boolean write = c.endpoint().method() != HttpMethod.GET;
        Fixture fixture = write ? newFixture() : shared;
        bindParticipants(fixture);
        String path = fixture.resolve(c.endpoint().path());
        String before = fingerprint();

        int status = request(c, fixture, path);

        assertThat(status).as(c.toString()).isEqualTo(c.expected());
        if (write && c.expected() >= 400) {
            assertThat(fingerprint()).as("a refused " + c + " changed nothing").isEqualTo(before);
        }
    }

    Stream<Case> pageCases() {
        return PAGES.stream().flatMap(page -> Stream.of(Who.values())
                .map(who -> new Case(page, who, page.expected()[who.ordinal()])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageCases")
    void eachUserSeesExactlyThePagesTheirRoleAllows(Case c) throws Exception {
        bindParticipants(shared);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(shared.resolve(c.endpoint().path()));
        if (c.who() != Who.ANONYMOUS) {
            request.with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(usernames.get(c.who()))));
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(c.toString())
                .isEqualTo(c.expected());
    }

    /** The matrix must grow with the API: every documented operation has its line. */
    @Test
    void everyDocumentedEndpointHasALine() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) rest
                .getForObject("/api-docs", Map.class).get("paths");
        assertThat(paths).containsKeys("/api/programmes", "/api/me/calendar.ics", "/api/hosts/me/incoming");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            if (MATRIX.stream().noneMatch(e -> e.method().name().equalsIgnoreCase(method) && e.covers(path))) {
                missing.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
            }
        }));
        assertThat(missing).as("endpoints without a line in the access matrix").isEmpty();
    }

    private int request(Case c, Fixture fixture, String path) {
        TestRestTemplate client = c.who() == Who.ANONYMOUS ? rest
                : rest.withBasicAuth(usernames.get(c.who()), password(usernames.get(c.who())));
        Object body = c.endpoint().body().apply(fixture);
        HttpHeaders headers = new HttpHeaders();
        if (body instanceof MultiValueMap) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        } else if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return client.exchange(path, c.endpoint().method(),
                new HttpEntity<>(body, headers), byte[].class).getStatusCode().value();
    }

    // ---- the programme every path is about

    /** A small programme, placed, published once, with one capacity declaration and one wish to act on. */
    record Fixture(long programme, List<String> periods, long declaration, long wish, String account, String contact,
            long variant, long variantDeclaration, JdbcAccess db, java.util.function.LongUnaryOperator revisions) {

        /** An address nobody uses yet. */
        String newAddress() {
            return "new-" + java.util.UUID.randomUUID() + "@gemeente.example.nl";
        }

        String firstPeriod() {
            return periods.get(0);
        }

        String lastPeriod() {
            return periods.get(periods.size() - 1);
        }

        int declarationVersion() {
            return db.declarationVersion(declaration);
        }

        /** The revision of the programme or variant as it is when the request is made. */
        long revision(long id) {
            return revisions.applyAsLong(id);
        }

        String resolve(String path) {
            return path.replace("{p}", String.valueOf(programme))
                    .replace("{v}", String.valueOf(variant))
                    .replace("{vdeclaration}", String.valueOf(variantDeclaration))
                    .replace("{declarationVersion}", String.valueOf(declarationVersion()))
                    .replace("{declaration}", String.valueOf(declaration))
                    .replace("{wish}", String.valueOf(wish))
                    .replace("{first}", firstPeriod())
                    .replace("{account}", account)
                    .replace("{contact}", contact)
                    .replace("{token}", path.contains("{token}") ? String.valueOf(db.ownParticipantsToken()) : "");
        }
    }

    /** What a fixture reads from the database at request time. */
    interface JdbcAccess {
        int declarationVersion(long declaration);

        /** A token of the own participant, made when the path needs one (the account exists by then). */
        long ownParticipantsToken();
    }

    private Fixture newFixture() {
        long id = importSmall();
        placeFeasibly(id);
        long version = jdbc.sql("insert into plan_version (programme_id, number, published_by, score) "
                + "values (?, 1, 'test', '0hard/0medium/0soft') returning id").param(id).query(Long.class).single();
        jdbc.sql("insert into published_placement select ?, participant_id, period_id, host_code, pinned "
                + "from placement where programme_id = ?").params(version, id).update();
        List<String> periods = periodIds(id);
        // GM0828 takes nobody in the first period of the draft, so its declaration there may go.
        long declaration = jdbc.sql("select id from capacity_declaration where programme_id = ? and host_code = 'GM0828' "
                + "and period_id = ?").params(id, periods.get(0)).query(Long.class).single();
        long wish = jdbc.sql("insert into wish (programme_id, participant_id, host_code, period_id, source) "
                + "values (?, 'T1', 'GM0828', null, 'PARTICIPANT') returning id").param(id).query(Long.class).single();
        // an account to (de)activate, a contact to remove, a token of the own participant to revoke
        String account = newHost("GM0828");
        String contact = "contact-" + id + "@gemeente.example.nl";
        jdbc.sql("insert into host_contact (organisation_code, email, added_by) values ('GM0828', ?, 'test')")
                .param(contact).update();
        // A what-if variant of it, with its copy of that declaration.
        String coordinator = usernames.get(Who.COORDINATOR);
        long variant = ((Number) rest.withBasicAuth(coordinator, password(coordinator)).postForObject(
                "/api/programmes/" + id + "/variants", Map.of("name", "Proef"), Map.class).get("id")).longValue();
        long variantDeclaration = jdbc.sql("select id from capacity_declaration where programme_id = ? "
                + "and host_code = 'GM0828' and period_id = ?").params(variant, periods.get(0)).query(Long.class)
                .single();
        return new Fixture(id, periods, declaration, wish, account, contact, variant, variantDeclaration,
                new JdbcAccess() {
                    @Override
                    public int declarationVersion(long d) {
                        return jdbc.sql("select coalesce(max(version), 0) from capacity_declaration where id = ?")
                                .param(d).query(Integer.class).single();
                    }

                    @Override
                    public long ownParticipantsToken() {
                        return jdbc.sql("insert into api_token (username, name, token_hash, expires_at) values (?, "
                                + "'fixture', decode(md5(random()::text), 'hex'), now() + interval '1 day') returning id")
                                .param(usernames.get(Who.PARTICIPANT_OWN)).query(Long.class).single();
                    }
                },
                p -> jdbc.sql("select revision from programme where id = ?").param(p).query(Long.class).single());
    }

    /** Points the participant accounts at the fixture (and re-creates them when a deleted programme took them). */
    private void bindParticipants(Fixture fixture) {
        bind(Who.PARTICIPANT_OWN, fixture, "T1");
        bind(Who.PARTICIPANT_OTHER, fixture, "T2");
    }

    private void bind(Who who, Fixture fixture, String participant) {
        String username = usernames.get(who);
        if (accounts.exists(username)) {
            jdbc.sql("update app_user set programme_id = ?, participant_id = ? where username = ?")
                    .params(fixture.programme(), participant, username).update();
        } else {
            accounts.createParticipant(username, password(username), fixture.programme(), participant);
        }
    }

    /** Everything a request could change, as one hash. */
    private String fingerprint() {
        List<String> parts = new ArrayList<>();
        for (String table : List.of("programme", "period", "participant", "placement", "capacity_declaration",
                "wish", "plan_version", "published_placement", "app_user", "audit_entry", "organisation", "host_contact",
                "api_token", "password_link", "mail_message")) {
            parts.add(jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') "
                    + "from " + table + " t").query(String.class).single());
        }
        return String.join(",", parts);
    }

    private static MultiValueMap<String, Object> smallProgrammeUpload() {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        SmallProgramme.files(TODAY).forEach((name, bytes) ->
                body.add("files", new ByteArrayResource(bytes) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                }));
        return body;
    }

    // ---- one line per endpoint

    record Endpoint(HttpMethod method, String path, Function<Fixture, Object> body, int[] expected) {

        /** Whether this line exercises a documented path such as {@code /api/programmes/{id}/versions/{number}}. */
        boolean covers(String documented) {
            String[] template = documented.split("/");
            String[] concrete = path.replaceFirst("\\?.*", "").split("/");
            if (template.length != concrete.length) {
                return false;
            }
            for (int i = 0; i < template.length; i++) {
                if (!template[i].startsWith("{") && !template[i].equals(concrete[i])) {
                    return false;
                }
            }
            return true;
        }

        /** Statuses for anonymous, coordinator, own host, other host, own participant, other participant. */
        Endpoint expect(int anonymous, int coordinator, int hostOwn, int hostOther, int participantOwn,
                int participantOther) {
            return new Endpoint(method, path, body,
                    new int[] {anonymous, coordinator, hostOwn, hostOther, participantOwn, participantOther});
        }
    }

    record Case(Endpoint endpoint, Who who, int expected) {
        @Override
        public String toString() {
            return endpoint.method() + " " + endpoint.path() + " as " + who + " -> " + expected;
        }
    }

    private static Endpoint get(String path) {
        return new Endpoint(HttpMethod.GET, path, f -> null, null);
    }

    private static Endpoint delete(String path) {
        return new Endpoint(HttpMethod.DELETE, path, f -> null, null);
    }

    private static Endpoint post(String path, Function<Fixture, Object> body) {
        return new Endpoint(HttpMethod.POST, path, body, null);
    }

    private static Endpoint put(String path, Function<Fixture, Object> body) {
        return new Endpoint(HttpMethod.PUT, path, body, null);
    }

    private static Endpoint patch(String path, Function<Fixture, Object> body) {
        return new Endpoint(HttpMethod.PATCH, path, body, null);
    }
}
