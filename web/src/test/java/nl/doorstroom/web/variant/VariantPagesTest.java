package nl.doorstroom.web.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.doorstroom.web.WebIntegrationTest;

/** The "Varianten" tab and a variant's own pages, in Dutch first and in English. */
class VariantPagesTest extends WebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long variantNamed(long programme, String name) {
        return jdbc.sql("select id from programme where variant_of = ? and variant_name = ?").params(programme, name)
                .query(Long.class).single();
    }

    @Test
    void aCoordinatorMakesAVariantAndItsPagesSayWhoseVariantTheyShow() throws Exception {
        String coordinator = newCoordinator();
        long programme = importSmall();
        placeFeasibly(programme);

        mvc.perform(get("/programmes/" + programme + "/variants").with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Varianten van Kleine proef")))
                .andExpect(content().string(containsString("Dit programma heeft nog geen varianten.")))
                .andExpect(content().string(containsString("<label for=\"variant-name\" class=\"form-label\">Naam</label>")));
        mvc.perform(post("/programmes/" + programme + "/variants").param("name", " ").with(csrf()).with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef de variant een naam, bijvoorbeeld ‘Eén plek meer bij Oss’.")));

        mvc.perform(post("/programmes/" + programme + "/variants").param("name", "Oss groter").with(csrf())
                        .with(as(coordinator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/programmes/" + programme + "/variants/*"));
        long variant = variantNamed(programme, "Oss groter");

        mvc.perform(get("/programmes/" + variant + "/board").with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Variant Oss groter van programma Kleine proef. Wat u hier wijzigt, verandert het concept niet.")))
                .andExpect(content().string(not(containsString(">Publiceren</a>"))))
                .andExpect(content().string(not(containsString(">Varianten</a>"))));
        mvc.perform(get("/programmes/" + variant + "/board").param("lang", "en").with(as(coordinator)))
                .andExpect(content().string(containsString("Variant Oss groter of programme Kleine proef.")));
        mvc.perform(get("/programmes/" + programme + "/board").with(as(coordinator)))
                .andExpect(content().string(not(containsString("variant-banner"))))
                .andExpect(content().string(containsString(">Varianten</a>")));
        mvc.perform(get("/programmes").with(as(coordinator)))
                .andExpect(content().string(containsString("/programmes/" + programme + "\"")))
                .andExpect(content().string(not(containsString("/programmes/" + variant + "\""))));
        mvc.perform(get("/programmes/" + programme + "/variants/" + variant).with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Variant Oss groter van Kleine proef")))
                .andExpect(content().string(containsString("Wens niet vervuld")));
    }

    @Test
    void theComparisonShowsRulesInThePagesLanguageAndAdoptingAsksFirst() throws Exception {
        String coordinator = newCoordinator();
        long programme = importSmall();
        placeFeasibly(programme);
        List<String> periods = periodIds(programme);
        mvc.perform(post("/programmes/" + programme + "/variants").param("name", "Ruil").with(csrf())
                .with(as(coordinator))).andExpect(status().is3xxRedirection());
        long variant = variantNamed(programme, "Ruil");
        // The trainees swap hosts in the last period: two placements differ (and T1 meets the province twice).
        placeDraft(variant, "T1", periods.get(3), "PV30");
        placeDraft(variant, "T2", periods.get(3), "GM0828");
        jdbc.sql("update programme set revision = revision + 1 where id = ?").param(variant).update();
        long draftRevision = revision(programme);
        long variantRevision = revision(variant);

        String compare = "/programmes/" + programme + "/variants/compare?variant=" + variant + "&with=draft";
        mvc.perform(get(compare).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ruil naast Het concept")))
                .andExpect(content().string(containsString("Twee keer dezelfde gastorganisatie")))
                .andExpect(content().string(containsString("Plaatsingen die verschillen: 2")))
                // both scores in words, the broken rules counted as the rules table counts them (T1 twice at the province)
                .andExpect(content().string(containsString("niet bruikbaar · 2 harde regels gebroken · ")))
                .andExpect(content().string(containsString("bruikbaar · 0 harde regels gebroken · ")))
                .andExpect(content().string(containsString("draftRevision=" + draftRevision)))
                .andExpect(content().string(containsString("variantRevision=" + variantRevision)));
        mvc.perform(get(compare + "&lang=en").with(as(coordinator)))
                .andExpect(content().string(containsString("Same host twice")))
                .andExpect(content().string(containsString("Placements that differ: 2")))
                .andExpect(content().string(containsString("not usable · 2 hard rules broken · ")));

        mvc.perform(get("/programmes/" + programme + "/variants/" + variant + "/adopt")
                        .param("draftRevision", String.valueOf(draftRevision))
                        .param("variantRevision", String.valueOf(variantRevision)).with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Variant Ruil overnemen als concept van Kleine proef?")));
        String before = snapshot(programme);
        mvc.perform(post("/programmes/" + programme + "/variants/" + variant + "/adopt")
                        .param("draftRevision", String.valueOf(draftRevision - 1))
                        .param("variantRevision", String.valueOf(variantRevision)).with(csrf()).with(as(coordinator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problems", List.of("Het concept of variant Ruil is gewijzigd sinds u ze "
                        + "las; er is niets overgenomen. Vergelijk ze opnieuw.")));
        assertThat(snapshot(programme)).isEqualTo(before);

        mvc.perform(post("/programmes/" + programme + "/variants/" + variant + "/adopt")
                        .param("draftRevision", String.valueOf(draftRevision))
                        .param("variantRevision", String.valueOf(variantRevision)).with(csrf()).with(as(coordinator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programmes/" + programme + "/variants"))
                .andExpect(flash().attribute("adopted", "Ruil"));
        assertThat(jdbc.sql("select host_code from placement where programme_id = ? and participant_id = 'T1' "
                + "and period_id = ?").params(programme, periods.get(3)).query(String.class).single()).isEqualTo("PV30");
    }

    @Test
    void deletingAVariantAsksFirstAndPublishingOneIsRefusedInThePagesLanguage() throws Exception {
        String coordinator = newCoordinator();
        long programme = importSmall();
        mvc.perform(post("/programmes/" + programme + "/variants").param("name", "Weg").with(csrf())
                .with(as(coordinator))).andExpect(status().is3xxRedirection());
        long variant = variantNamed(programme, "Weg");

        mvc.perform(post("/programmes/" + variant + "/versions").param("force", "true").with(csrf())
                        .with(as(coordinator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refused", "Een variant wordt nooit gepubliceerd: neem hem over als "
                        + "concept van programma " + programme + " en publiceer dat. Er is niets gepubliceerd."));

        mvc.perform(get("/programmes/" + programme + "/variants/" + variant + "/delete").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Variant Weg van Kleine proef verwijderen?")));
        mvc.perform(post("/programmes/" + programme + "/variants/" + variant + "/delete").with(csrf())
                        .with(as(coordinator)))
                .andExpect(redirectedUrl("/programmes/" + programme + "/variants"))
                .andExpect(flash().attribute("deleted", "Weg"));
        assertThat(jdbc.sql("select count(*) from programme where id = ?").param(variant).query(Integer.class)
                .single()).isZero();
    }

    private long revision(long programme) {
        return jdbc.sql("select revision from programme where id = ?").param(programme).query(Long.class).single();
    }
}
