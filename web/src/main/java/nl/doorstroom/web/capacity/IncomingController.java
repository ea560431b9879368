package nl.doorstroom.web.capacity;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;

@RestController
@PreAuthorize("hasRole('HOST')")
@Tag(name = "Capacity")
class IncomingController {

    private final IncomingParticipants incoming;

    IncomingController(IncomingParticipants incoming) {
        this.incoming = incoming;
    }

    @GetMapping("/api/hosts/me/incoming")
    @Operation(summary = "Who comes to the signed-in host, per programme and period",
            description = "From the latest published version of each programme only; drafts are never shown.")
    List<IncomingParticipants.Programme> incoming(@AuthenticationPrincipal CurrentUser user) {
        return incoming.at(user.organisationCode());
    }
}
