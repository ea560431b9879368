package nl.doorstroom.web.capacity;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;

@RestController
@Tag(name = "Capacity", description = "What hosts declare they can take, per period and discipline")
class CapacityController {

    private final CapacityChanges changes;
    private final CapacityRepository queries;

    CapacityController(CapacityChanges changes, CapacityRepository queries) {
        this.changes = changes;
        this.queries = queries;
    }

    @GetMapping("/api/capacity")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'HOST')")
    @Operation(summary = "Capacity declarations across programmes",
            description = "A coordinator sees all, filtered by programme and host; a host sees its own organisation's "
                    + "declarations in every programme, and the host filter does not apply.")
    List<CapacityRepository.DeclarationView> all(@RequestParam(required = false) Long programme,
            @RequestParam(required = false) String host, @AuthenticationPrincipal CurrentUser user) {
        String hostFilter = user.isCoordinator() ? (host == null ? null : host.toUpperCase(Locale.ROOT))
                : user.organisationCode();
        return queries.acrossProgrammes(programme, hostFilter);
    }

    @GetMapping("/api/programmes/{id}/capacity")
    @Operation(summary = "A programme's capacity declarations",
            description = "A coordinator sees all; a host only its own; anyone else gets 404.")
    List<CapacityRepository.DeclarationView> ofProgramme(@PathVariable long id,
            @AuthenticationPrincipal CurrentUser user) {
        return changes.of(id, user);
    }

    @PostMapping("/api/programmes/{id}/capacity")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'HOST')")
    @Operation(summary = "Declare capacity for a period",
            description = "A host declares for its own organisation (host may be left out) in a programme it "
                    + "already takes part in; a coordinator names the host. 400 lists every problem; a change that "
                    + "makes the programme unreadable answers 400 with the located problems and changes nothing.")
    ResponseEntity<CapacityRepository.DeclarationView> create(@PathVariable long id,
            @RequestBody CapacityChanges.NewDeclaration declaration, @AuthenticationPrincipal CurrentUser user) {
        CapacityRepository.DeclarationView created = changes.create(id, declaration, user);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/capacity/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/programmes/{id}/capacity/{declarationId}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'HOST')")
    @Operation(summary = "Change min, max, discipline and salary-scale ceiling",
            description = "Send the version you read; a stale version answers 409 and changes nothing. Host and "
                    + "period stay; declare anew for another period.")
    CapacityRepository.DeclarationView change(@PathVariable long id, @PathVariable long declarationId,
            @RequestBody CapacityChanges.Change change, @AuthenticationPrincipal CurrentUser user) {
        return changes.change(id, declarationId, change, user);
    }

    @DeleteMapping("/api/programmes/{id}/capacity/{declarationId}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'HOST')")
    @Operation(summary = "Withdraw a declaration", description = "Send the version you read; stale answers 409.")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long declarationId, @RequestParam int version,
            @AuthenticationPrincipal CurrentUser user) {
        changes.delete(id, declarationId, version, user);
        return ResponseEntity.noContent().build();
    }
}
