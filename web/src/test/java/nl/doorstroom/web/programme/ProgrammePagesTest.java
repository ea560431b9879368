package nl.doorstroom.web.programme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import nl.doorstroom.web.WebIntegrationTest;

class ProgrammePagesTest extends WebIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void anonymousVisitorsAreSentToTheDutchLoginPage() throws Exception {
        mvc.perform(get("/programmes")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"username\" class=\"form-label\">Gebruikersnaam</label>")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString(">User name</label>")));
    }

    @Test
    void eachRoleStartsOnItsOwnPage() throws Exception {
        long programme = importDemo("brabant-trainees");
        mvc.perform(get("/").with(as(newCoordinator()))).andExpect(redirectedUrl("/programmes"));
        mvc.perform(get("/").with(as(newHost("GM0758")))).andExpect(redirectedUrl("/host"));
        mvc.perform(get("/").with(as(newParticipant(programme, "T01")))).andExpect(redirectedUrl("/me"));
    }

    @Test
    void theCoordinatorSeesProgrammesAndOneProgrammesOverview() throws Exception {
        long programme = importDemo("brabant-trainees");
        String coordinator = newCoordinator();

        mvc.perform(get("/programmes").with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trainee in Brabant 2027–2028")))
                .andExpect(content().string(containsString("Programma importeren")))
                .andExpect(content().string(containsString(">Programma&#39;s</a>")));
        mvc.perform(get("/programmes/" + programme).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Fleur de Groot")))
                .andExpect(content().string(containsString("Waterschap Aa en Maas")))
                .andExpect(content().string(containsString("Nog niet gepubliceerd")));
    }

    @Test
    void aBrokenImportListsEveryProblemWithFileLineAndColumn() throws Exception {
        MockMultipartFile settings = new MockMultipartFile("files", "programme.csv", "text/csv",
                "setting;value\nname;Kapot\nfirst_period_start;2027-02-30\nperiod_count;4\n"
                        .getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/programmes/import").file(settings).with(csrf()).with(as(newCoordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Niets geïmporteerd: 3 problemen gevonden")))
                .andExpect(content().string(containsString("programme.csv:3:2: first_period_start")))
                .andExpect(content().string(containsString("participants.csv: required file is missing")))
                .andExpect(content().string(containsString("capacity.csv: required file is missing")));
    }

    @Test
    void hostsAndParticipantsCannotOpenCoordinatorPages() throws Exception {
        long programme = importDemo("brabant-trainees");
        mvc.perform(get("/programmes").with(as(newHost("GM0758")))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/" + programme).with(as(newParticipant(programme, "T02"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Fleur de Groot"))));
    }

    @Test
    void importWithoutCsrfTokenIsRefused() throws Exception {
        MockMultipartFile settings = new MockMultipartFile("files", "programme.csv", "text/csv", new byte[0]);
        mvc.perform(multipart("/programmes/import").file(settings).with(as(newCoordinator())))
                .andExpect(status().isForbidden());
    }

    @Test
    void occupancyShowsPlacedAgainstDeclaredCapacity() throws Exception {
        long programme = importDemo("brabant-trainees");
        mvc.perform(get("/programmes/" + programme + "/occupancy").with(as(newCoordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bezetting van Trainee in Brabant 2027–2028")))
                .andExpect(content().string(containsString("Waterschap Aa en Maas")))
                // nothing is placed before the first planning: 0 placed against the province's declaration
                .andExpect(content().string(containsString("0 / 0–")));
    }

    @Test
    void theMapDrawsTheCountryTheHostsAndAParticipantsCommutes() throws Exception {
        long programme = importDemo("brabant-trainees");
        mvc.perform(get("/programmes/" + programme + "/map").param("participant", "T01").with(as(newCoordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Súdwest-Fryslân</title>")))
                .andExpect(content().string(containsString("Provincie Noord-Brabant: 0 geplaatst")))
                .andExpect(content().string(containsString("Woont in &#39;s-Hertogenbosch")))
                .andExpect(content().string(containsString("Gemeentegrenzen: CBS / PDOK")));
    }

    /** The overview and the map count the working plan: a move on the board shows there at once. */
    @Test
    void aMoveShowsOnTheOverviewAndTheMap() throws Exception {
        long programme = importDemo("brabant-trainees");
        String coordinator = newCoordinator();
        String path = "/api/programmes/" + programme + "/placements/T01/2027-H1";
        JsonNode best = JSON.readTree(mvc.perform(get(path + "/recommendations").with(as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get(0).get("host");
        int version = JSON.readTree(mvc.perform(get(path).with(as(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("version").asInt();

        mvc.perform(put(path).with(as(coordinator)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"host\": \"" + best.get("code").asText() + "\", \"version\": " + version + "}"))
                .andExpect(status().isOk());

        mvc.perform(get("/programmes/" + programme + "/map").with(as(coordinator)))
                .andExpect(content().string(containsString(
                        HtmlUtils.htmlEscape(best.get("name").asText()) + ": 1 geplaatst")));
        mvc.perform(get("/programmes/" + programme).with(as(coordinator)))
                .andExpect(content().string(containsString(", 1 vastgezet.")));
    }
}
