package nl.doorstroom.web.participant;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;

@RestController
@RequestMapping("/api/me/wishes")
@PreAuthorize("hasRole('PARTICIPANT')")
@Tag(name = "Me (participant)")
class MyWishesController {

    private final WishChanges wishes;

    MyWishesController(WishChanges wishes) {
        this.wishes = wishes;
    }

    @GetMapping
    @Operation(summary = "Own wishes")
    List<WishRepository.WishView> list(@AuthenticationPrincipal CurrentUser user) {
        return wishes.of(user.programmeId(), user.participantId());
    }

    @PostMapping
    @Operation(summary = "Wish to go to a host, in one coming period or in any",
            description = "The host must take participants in this programme in that period; the period must be "
                    + "one of your coming periods. A wish guides the planner; it is not a promise.")
    ResponseEntity<WishRepository.WishView> add(@RequestBody WishChanges.NewWish wish,
            @AuthenticationPrincipal CurrentUser user) {
        WishRepository.WishView added = wishes.add(user.programmeId(), user.participantId(), wish, user.getUsername());
        return ResponseEntity.created(URI.create("/api/me/wishes/" + added.id())).body(added);
    }

    @DeleteMapping("/{wishId}")
    @Operation(summary = "Withdraw an own wish")
    ResponseEntity<Void> remove(@PathVariable long wishId, @AuthenticationPrincipal CurrentUser user) {
        wishes.remove(user.programmeId(), user.participantId(), wishId, user.getUsername());
        return ResponseEntity.noContent().build();
    }
}
