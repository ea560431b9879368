package nl.doorstroom.web.account;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Every account, for coordinators: who acts as whom, and switching an account off (and on again). */
@RestController
@RequestMapping("/api/accounts")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Accounts", description = "Coordinators list accounts and deactivate or reactivate any of them")
class AccountsController {

    record AccountView(String username, String email, Role role, String organisationCode, Long programmeId,
            String participantId, boolean enabled, boolean passwordSet) {

        static AccountView of(Account a) {
            return new AccountView(a.username(), a.email(), a.role(), a.organisationCode(), a.programmeId(),
                    a.participantId(), a.enabled(), a.hasPassword());
        }
    }

    private final Accounts accounts;

    AccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "All accounts: user name, e-mail, role, whom they act for, active, whether a password is set")
    List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @PostMapping("/{username}/deactivate")
    @Operation(summary = "Deactivate an account: its sessions end, its password, tokens and identity-provider sign-in stop working")
    AccountView deactivate(@PathVariable String username, @AuthenticationPrincipal CurrentUser user) {
        accounts.setEnabled(username, false, user.getUsername());
        return AccountView.of(accounts.find(username).orElseThrow());
    }

    @PostMapping("/{username}/activate")
    @Operation(summary = "Reactivate a deactivated account")
    AccountView activate(@PathVariable String username, @AuthenticationPrincipal CurrentUser user) {
        accounts.setEnabled(username, true, user.getUsername());
        return AccountView.of(accounts.find(username).orElseThrow());
    }
}
