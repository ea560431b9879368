package nl.doorstroom.web.invitation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/** A host's own contact addresses: who else acts for the organisation and may be invited by the coordinator. */
@Controller
@RequestMapping("/host/contacts")
@PreAuthorize("hasRole('HOST')")
class HostContactsPage {

    private final ContactChanges changes;
    private final ProblemTexts problemTexts;

    HostContactsPage(ContactChanges changes, ProblemTexts problemTexts) {
        this.changes = changes;
        this.problemTexts = problemTexts;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisation", user.organisationCode());
        model.addAttribute("contacts", changes.of(user.organisationCode(), user));
        return "invitation/host-contacts";
    }

    @PostMapping
    String add(@RequestParam(defaultValue = "") String email, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            changes.add(user.organisationCode(), email, user);
            redirect.addFlashAttribute("added", email.trim());
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("exists", email.trim());
        }
        return "redirect:/host/contacts";
    }

    @PostMapping("/delete")
    String remove(@RequestParam String email, @AuthenticationPrincipal CurrentUser user) {
        try {
            changes.remove(user.organisationCode(), email, user);
        } catch (NotFoundException e) {
            // removed already
        }
        return "redirect:/host/contacts";
    }
}
