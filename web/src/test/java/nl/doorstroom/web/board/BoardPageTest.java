package nl.doorstroom.web.board;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.doorstroom.web.WebIntegrationTest;

class BoardPageTest extends WebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void theBoardShowsEveryParticipantPerPeriodAndAPlacementsPanel() throws Exception {
        long programme = importDemo("brabant-trainees");
        String coordinator = newCoordinator();

        mvc.perform(get("/programmes/" + programme + "/board").with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Planbord van Trainee in Brabant 2027–2028")))
                .andExpect(content().string(containsString("Fleur de Groot")))
                .andExpect(content().string(containsString("data-placement=\"T01@2027-H1\"")))
                .andExpect(content().string(containsString("Toekomst opnieuw plannen")));
        mvc.perform(get("/programmes/" + programme + "/board/placements/T01/2027-H1").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fleur de Groot in 2027-H1")))
                .andExpect(content().string(containsString("Aanbevolen alternatieven")));
    }

    @Test
    void replanningRefusesToFreezeStartedPeriodsThatHaveNoPlanYet() throws Exception {
        long programme = importDemo("brabant-trainees");

        // today is in 2027-H2 (see WebIntegrationTest): the started periods have no hosts yet
        mvc.perform(post("/programmes/" + programme + "/board/replan").param("seconds", "5").with(csrf())
                        .with(as(newCoordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-warning")))
                // said in the page's language, rule text included
                .andExpect(content().string(containsString("vastgezette plaatsing van T01 in ")))
                .andExpect(content().string(containsString(" breekt een harde regel: Trainee ")))
                .andExpect(content().string(containsString("geen plaatsing.")))
                .andExpect(content().string(not(containsString("pinned placement"))));
    }

    @Test
    void hostsCannotUseTheBoard() throws Exception {
        long programme = importDemo("brabant-trainees");
        mvc.perform(post("/programmes/" + programme + "/board/replan").with(csrf()).with(as(newHost("GM0758"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/" + programme + "/board").with(as(newHost("GM0758"))))
                .andExpect(status().isForbidden());
    }
}
