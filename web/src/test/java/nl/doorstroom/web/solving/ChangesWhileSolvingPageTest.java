package nl.doorstroom.web.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.doorstroom.web.WebIntegrationTest;

/** The pages say in the user's language that a change waits for the solver, and change nothing. */
class ChangesWhileSolvingPageTest extends WebIntegrationTest {

    private static final String DUTCH = "Het plan van dit programma wordt nu gemaakt; er is niets gewijzigd. Wacht "
            + "tot het plannen klaar is, of stop het eerst.";
    private static final String ENGLISH = "The plan of this programme is being made right now; nothing was changed. "
            + "Wait until solving has ended, or stop it first.";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void publishingCapacityAndWishesAreRefusedInThePagesLanguage() throws Exception {
        long id = importSmall();
        placeFeasibly(id);
        String coordinator = newCoordinator();
        String oss = newHost("GM0828");
        String anna = newParticipant(id, "T1");
        long job = queueJob(id);
        String before = snapshot(id);

        mvc.perform(post("/programmes/" + id + "/versions").with(csrf()).with(as(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("refused", DUTCH));
        mvc.perform(post("/programmes/" + id + "/versions").param("lang", "en").with(csrf()).with(as(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("refused", ENGLISH));
        mvc.perform(post("/host/programmes/" + id + "/declarations").param("period", periodIds(id).get(3))
                        .param("min", "0").param("max", "1").with(csrf()).with(as(oss)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problems", List.of(DUTCH)));
        mvc.perform(post("/me/wishes").param("host", "GM0828").with(csrf()).with(as(anna)))
                .andExpect(status().isOk()).andExpect(model().attribute("wishProblems", List.of(DUTCH)));

        assertThat(snapshot(id)).isEqualTo(before);
        endJob(job);
    }
}
