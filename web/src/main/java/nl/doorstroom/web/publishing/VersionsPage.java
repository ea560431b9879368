package nl.doorstroom.web.publishing;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/** Publishing the draft, the published versions, and what changed between two of them. */
@Controller
@RequestMapping("/programmes/{id}/versions")
@PreAuthorize("hasRole('COORDINATOR')")
class VersionsPage {

    private final ProgrammeQueries queries;
    private final PublishedPlans published;
    private final Publication publication;
    private final PlanCsv planCsv;
    private final ProblemTexts problemTexts;

    VersionsPage(ProgrammeQueries queries, PublishedPlans published, Publication publication, PlanCsv planCsv,
            ProblemTexts problemTexts) {
        this.queries = queries;
        this.published = published;
        this.publication = publication;
        this.planCsv = planCsv;
        this.problemTexts = problemTexts;
    }

    /** The draft as placements.csv, for a coordinator signed in with the browser. */
    @GetMapping("/draft.csv")
    ResponseEntity<byte[]> draftCsv(@PathVariable long id) {
        queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id));
        return PublishingController.csv("programme-" + id + "-draft.csv", planCsv.draft(id));
    }

    @GetMapping("/{number}.csv")
    ResponseEntity<byte[]> versionCsv(@PathVariable long id, @PathVariable int number) {
        published.version(id, number).orElseThrow(() -> new NotFoundException("no version " + number));
        return PublishingController.csv("programme-" + id + "-version-" + number + ".csv", planCsv.version(id, number));
    }

    @GetMapping
    String versions(@PathVariable long id, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        model.addAttribute("programme", queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id)));
        List<PublishedPlans.Version> versions = published.versions(id);
        model.addAttribute("versions", versions);
        if (from != null && to != null) {
            if (published.version(id, from).isEmpty() || published.version(id, to).isEmpty()) {
                throw new NotFoundException("no version " + from + " or " + to);
            }
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("changes", VersionDiff.between(published.placements(id, from),
                    published.placements(id, to)));
        }
        return "publishing/versions";
    }

    @PostMapping
    String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean force,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            PublishedPlans.Version version = publication.publish(id, force, user.getUsername());
            redirect.addFlashAttribute("publishedVersion", version.number());
            // who was told is written once the publication has been committed
            published.version(id, version.number()).ifPresent(told -> {
                if (told.toldParticipants() != null) {
                    redirect.addFlashAttribute("toldParticipants", told.toldParticipants());
                    redirect.addFlashAttribute("toldHostContacts", told.toldHostContacts());
                }
                if (told.noticeProblem() != null) {
                    redirect.addFlashAttribute("noticeProblem", told.noticeProblem());
                }
            });
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refused", problemTexts.of(e));
        }
        return "redirect:/programmes/" + id + "/versions";
    }
}
