package nl.doorstroom.web.invitation;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;

/** The contact addresses of a host organisation: the coordinator's for every host, a host's for its own. */
@RestController
@RequestMapping("/api/organisations/{code}/contacts")
@PreAuthorize("hasAnyRole('COORDINATOR', 'HOST')")
@Tag(name = "Host contacts", description = "Who acts for a host organisation and is invited to sign in for it")
class HostContactsController {

    record NewContact(String email) {
    }

    private final ContactChanges changes;

    HostContactsController(ContactChanges changes) {
        this.changes = changes;
    }

    @GetMapping
    @Operation(summary = "The organisation's contact addresses, and whether each has an active account")
    List<HostContacts.Contact> list(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
        return changes.of(code, user);
    }

    @PostMapping
    @Operation(summary = "Add a contact address (409 when it is listed already)")
    ResponseEntity<List<HostContacts.Contact>> add(@PathVariable String code, @RequestBody(required = false) NewContact contact,
            @AuthenticationPrincipal CurrentUser user) {
        String address = changes.add(code, contact == null ? null : contact.email(), user);
        return ResponseEntity.created(URI.create("/api/organisations/" + UriUtils.encodePathSegment(code, "UTF-8")
                + "/contacts/" + UriUtils.encodePathSegment(address, "UTF-8"))).body(changes.of(code, user));
    }

    @DeleteMapping("/{email}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a contact address; an account made for it stays until it is deactivated")
    void remove(@PathVariable String code, @PathVariable String email, @AuthenticationPrincipal CurrentUser user) {
        changes.remove(code, email, user);
    }
}
