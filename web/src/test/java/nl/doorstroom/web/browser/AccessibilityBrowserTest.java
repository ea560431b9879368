package nl.doorstroom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import nl.doorstroom.web.MailedLinks;

/**
 * Every page, as each kind of user sees it, checked by axe-core against WCAG 2.1 A and AA (what Dutch public
 * bodies must meet). One test per kind of user; each names every violation on every page at once.
 */
class AccessibilityBrowserTest extends BrowserTest {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final List<String> violations = new ArrayList<>();

    @Test
    void everyCoordinatorPage() {
        long programme = importSmall();
        placeFeasibly(programme);
        publishTheDraft(programme);
        solvedOnce(programme);
        accounts.inviteCoordinator("collega-" + System.nanoTime() + "@provincie.example.nl", "test",
                Locale.forLanguageTag("nl"));
        logIn(newCoordinator());
        long variant = variantOf(programme);

        check("/programmes");
        check("/programmes/" + programme);
        check("/programmes/" + programme + "/board");
        click(waitFor(By.cssSelector("button.cell")));
        waitFor(By.id("alternatives"));
        checkOpen("board with a placement's panel");
        check("/programmes/" + programme + "/explanation");
        check("/programmes/" + programme + "/occupancy");
        check("/programmes/" + programme + "/map");
        check("/programmes/" + programme + "/versions");
        check("/programmes/" + programme + "/fairness");
        check("/programmes/" + programme + "/audit");
        check("/programmes/" + programme + "/audit?kind=placement.move");
        check("/programmes/" + programme + "/variants");
        check("/programmes/" + programme + "/variants/" + variant);
        check("/programmes/" + programme + "/variants/compare?variant=" + variant + "&with=draft");
        click(browser.findElement(By.id("adopt")));
        waitFor(By.id("confirm"));
        checkOpen("the confirmation of adopting a variant");
        check("/programmes/" + programme + "/variants/" + variant + "/delete");
        check("/programmes/" + variant + "/board");
        check("/invitations");
        check("/accounts");
        check("/mail");
        checkError("/programmes/987654321");
        check("/programmes/" + programme + "/board?lang=en");
        check("/programmes/" + programme + "/explanation?lang=en");
        check("/programmes/" + programme + "/fairness?lang=en");
        check("/programmes/" + programme + "/audit?lang=en");

        assertThat(violations).isEmpty();
    }

    @Test
    void everyHostPage() {
        importSmall();
        logIn(newHost("GM0828"));
        check("/host");
        check("/host/contacts");

        assertThat(violations).isEmpty();
    }

    @Test
    void theParticipantsPage() {
        long programme = importSmall();
        placeFeasibly(programme);
        publishTheDraft(programme);
        logIn(newParticipant(programme, "T1"));
        check("/me");

        assertThat(violations).isEmpty();
    }

    @Test
    void thePagesBeforeSigningIn() {
        String colleague = "collega-" + System.nanoTime() + "@provincie.example.nl";
        accounts.inviteCoordinator(colleague, "test", Locale.forLanguageTag("nl"));
        check("/login");
        check("/login?error");
        check("/login?lang=en");
        check("/password/forgot");
        check(MailedLinks.awaitLink(MAIL_SERVER, colleague).replaceFirst("^https?://[^/]+", ""));
        check("/password/not-a-token");
        assertThat(violations).isEmpty();

        // the pages' icon is served to everyone, signed in or not
        String icon = browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        open(icon.replaceFirst("^https?://[^/]+", ""));
        assertThat(browser.getPageSource()).contains("<svg").contains("Doorstroom");
    }

    /** A page as it should be: an error page in its place would be checked instead of the page. */
    private void check(String path) {
        open(path);
        waitFor(By.tagName("main"));
        assertThat(browser.findElements(By.id("error-status"))).as(path + " answers with its page").isEmpty();
        checkOpen(path);
    }

    private void checkError(String path) {
        open(path);
        waitFor(By.id("error-status"));
        checkOpen(path);
    }

    /** Runs axe on the page as it stands and keeps every WCAG 2.1 A/AA violation, with where it is. */
    private void checkOpen(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.isErrored()).as("axe ran on " + page + ": " + results.getErrorMessage()).isFalse();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget()
                        + "\n    " + node.getFailureSummary());
            }
        }
    }

    private void publishTheDraft(long programme) {
        jdbc.sql("insert into plan_version (programme_id, number, published_by, score) values (?, 1, 'test', "
                + "'0hard/0medium/-1200soft')").param(programme).update();
        jdbc.sql("""
                insert into published_placement (plan_version_id, participant_id, period_id, host_code, pinned)
                select (select id from plan_version where programme_id = ?), participant_id, period_id, host_code, pinned
                from placement where programme_id = ?""").params(programme, programme).update();
    }

    /** A finished job with its best score over time, so the board shows the solve panel and its chart. */
    private void solvedOnce(long programme) {
        long job = jdbc.sql("""
                insert into solver_job (programme_id, status, time_limit_ms, requested_by, started_at, ended_at,
                    best_score, best_at) values (?, 'COMPLETED', 8000, 'test', now() - interval '8 seconds', now(),
                    '0hard/0medium/-1200soft', now()) returning id""").param(programme).query(Long.class).single();
        for (String score : List.of("-3hard/-1medium/-9000soft", "-1hard/0medium/-4000soft", "0hard/0medium/-1200soft")) {
            jdbc.sql("insert into solver_job_score (job_id, score) values (?, ?)").params(job, score).update();
        }
    }

    /** A variant made on its page, as a coordinator makes one. */
    private long variantOf(long programme) {
        open("/programmes/" + programme + "/variants");
        waitFor(By.id("variant-name")).sendKeys("Oss groter");
        click(browser.findElement(By.id("create-variant")));
        waitFor(By.id("created"));
        return jdbc.sql("select id from programme where variant_of = ?").param(programme).query(Long.class).single();
    }
}
