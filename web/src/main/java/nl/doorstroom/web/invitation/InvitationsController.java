package nl.doorstroom.web.invitation;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.system.BadRequestException;

/** Coordinators invite hosts' contacts, participants and other coordinators; each gets a one-time link by mail. */
@RestController
@RequestMapping("/api/invitations")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Invitations", description = "Accounts by invitation: a mailed one-time link to choose a password")
class InvitationsController {

    record HostInvitation(List<String> organisations) {
    }

    record ParticipantInvitation(Long programme, List<String> participants) {
    }

    record CoordinatorInvitation(String email) {
    }

    private final Invitations invitations;

    InvitationsController(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/hosts")
    @Operation(summary = "Invite every contact of the listed hosts (of all hosts with contacts when the list is empty)")
    Invitations.Report hosts(@RequestBody(required = false) HostInvitation request,
            @AuthenticationPrincipal CurrentUser user) {
        return invitations.hosts(request == null ? List.of() : request.organisations(), user.getUsername(),
                LocaleContextHolder.getLocale());
    }

    @PostMapping("/participants")
    @Operation(summary = "Invite the listed participants of a programme (all when the list is empty) at their e-mail address")
    Invitations.Report participants(@RequestBody(required = false) ParticipantInvitation request,
            @AuthenticationPrincipal CurrentUser user) {
        if (request == null || request.programme() == null) {
            throw new BadRequestException("programme: expected the id of a programme");
        }
        return invitations.participants(request.programme(), request.participants(), user.getUsername(),
                LocaleContextHolder.getLocale());
    }

    @PostMapping("/coordinators")
    @Operation(summary = "Invite another coordinator by e-mail address")
    Invitations.Report coordinator(@RequestBody(required = false) CoordinatorInvitation request,
            @AuthenticationPrincipal CurrentUser user) {
        return invitations.coordinator(request == null ? null : request.email(), user.getUsername(),
                LocaleContextHolder.getLocale());
    }
}
