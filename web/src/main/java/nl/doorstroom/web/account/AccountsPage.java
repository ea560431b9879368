package nl.doorstroom.web.account;

import org.springframework.context.i18n.LocaleContextHolder;
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

import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/** "Accounts": every account with its state; coordinators invite coordinators and switch accounts off and on. */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasRole('COORDINATOR')")
class AccountsPage {

    private final Accounts accounts;
    private final ProblemTexts problemTexts;

    AccountsPage(Accounts accounts, ProblemTexts problemTexts) {
        this.accounts = accounts;
        this.problemTexts = problemTexts;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("accounts", accounts.list());
        return "account/accounts";
    }

    @PostMapping("/coordinators")
    String inviteCoordinator(@RequestParam(defaultValue = "") String email, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            Accounts.Outcome outcome = accounts.inviteCoordinator(email, user.getUsername(), LocaleContextHolder.getLocale());
            redirect.addFlashAttribute("invited", email.trim());
            redirect.addFlashAttribute("outcome", outcome.name());
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        }
        return "redirect:/accounts";
    }

    @PostMapping("/{username}/deactivate")
    String deactivate(@PathVariable String username, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return change(username, false, user, redirect);
    }

    @PostMapping("/{username}/activate")
    String activate(@PathVariable String username, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return change(username, true, user, redirect);
    }

    private String change(String username, boolean enabled, CurrentUser user, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(username, enabled, user.getUsername());
            redirect.addFlashAttribute("changed", username);
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        } catch (NotFoundException e) {
            // gone in the meantime: the list shows what there is
        }
        return "redirect:/accounts";
    }
}
