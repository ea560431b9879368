package nl.doorstroom.web.invitation;

import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
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

/** "Uitnodigen": hosts with their contact addresses and each programme's participants, to invite all or some. */
@Controller
@RequestMapping("/invitations")
@PreAuthorize("hasRole('COORDINATOR')")
class InvitationsPage {

    private final InvitationQueries queries;
    private final HostContacts contacts;
    private final ContactChanges changes;
    private final Invitations invitations;
    private final ProblemTexts problemTexts;

    InvitationsPage(InvitationQueries queries, HostContacts contacts, ContactChanges changes, Invitations invitations,
            ProblemTexts problemTexts) {
        this.queries = queries;
        this.contacts = contacts;
        this.changes = changes;
        this.invitations = invitations;
        this.problemTexts = problemTexts;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long programme, Model model) {
        List<InvitationQueries.Programme> programmes = queries.programmes();
        Long shown = programme != null ? programme : programmes.isEmpty() ? null : programmes.get(0).id();
        Map<String, List<HostContacts.Contact>> byHost = contacts.all();
        model.addAttribute("hosts", invitations.hosts(byHost.keySet()));
        model.addAttribute("contacts", byHost);
        model.addAttribute("programmes", programmes);
        model.addAttribute("programme", shown);
        model.addAttribute("participants", shown == null ? List.of() : queries.participants(shown));
        return "invitation/invitations";
    }

    @PostMapping("/contacts")
    String addContact(@RequestParam String organisation, @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            changes.add(organisation, email, user);
            redirect.addFlashAttribute("contactAdded", organisation);
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        } catch (ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("contactExists", email.trim());
        }
        return "redirect:/invitations#hosts";
    }

    @PostMapping("/contacts/delete")
    String removeContact(@RequestParam String organisation, @RequestParam String email,
            @AuthenticationPrincipal CurrentUser user) {
        try {
            changes.remove(organisation, email, user);
        } catch (NotFoundException e) {
            // removed already
        }
        return "redirect:/invitations#hosts";
    }

    @PostMapping("/hosts")
    String inviteHosts(@RequestParam(name = "organisation", required = false) List<String> chosen,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("report", invitations.hosts(chosen, user.getUsername(), LocaleContextHolder.getLocale()));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        }
        return "redirect:/invitations";
    }

    @PostMapping("/participants")
    String inviteParticipants(@RequestParam long programme,
            @RequestParam(name = "participant", required = false) List<String> chosen,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("report",
                    invitations.participants(programme, chosen, user.getUsername(), LocaleContextHolder.getLocale()));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        }
        return "redirect:/invitations?programme=" + programme;
    }
}
