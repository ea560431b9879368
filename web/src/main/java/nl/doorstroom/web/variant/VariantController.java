package nl.doorstroom.web.variant;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.explanation.ExplanationViews;

@RestController
@RequestMapping("/api/programmes/{id}/variants")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Variants", description = "What-if variants of a programme's draft: copy, change, solve, compare, adopt. "
        + "A variant is changed and solved through the programme endpoints with the variant's own id.")
class VariantController {

    record NewVariant(String name) {
    }

    private final Variants variants;
    private final VariantWeights weights;
    private final VariantComparison comparison;
    private final VariantAdoption adoption;

    VariantController(Variants variants, VariantWeights weights, VariantComparison comparison,
            VariantAdoption adoption) {
        this.variants = variants;
        this.weights = weights;
        this.comparison = comparison;
        this.adoption = adoption;
    }

    @GetMapping
    @Operation(summary = "The programme's variants, oldest first, each with its score")
    List<Variants.VariantView> list(@PathVariable long id) {
        return variants.of(id);
    }

    @PostMapping
    @Operation(summary = "Copy the draft into a new named variant",
            description = "Everything of the draft is copied: rules, capacity, participants, wishes, placements "
                    + "and pins. Change it with the programme endpoints and the variant's id (capacity, placements, "
                    + "solve); it is never listed as a programme, shown to hosts or participants, or published.")
    ResponseEntity<Variants.VariantView> create(@PathVariable long id, @RequestBody NewVariant variant,
            @AuthenticationPrincipal CurrentUser user) {
        long variantId = variants.create(id, variant == null ? null : variant.name(), user.getUsername());
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/variants/" + variantId))
                .body(variants.get(id, variantId));
    }

    @GetMapping("/{variantId}")
    @Operation(summary = "One variant: name, score, revisions, the weights that differ from the usual")
    Variants.VariantView get(@PathVariable long id, @PathVariable long variantId) {
        return variants.get(id, variantId);
    }

    @DeleteMapping("/{variantId}")
    @Operation(summary = "Delete a variant; the draft stays as it is")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long variantId,
            @AuthenticationPrincipal CurrentUser user) {
        variants.delete(id, variantId, user.getUsername());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{variantId}/weights")
    @Operation(summary = "Give the variant's rules other weights",
            description = "Send the version you read and the weight of every rule that should not weigh as usual, "
                    + "by rule name, e.g. {\"version\": 0, \"weights\": {\"Wish not honoured\": "
                    + "\"0hard/0medium/2000soft\"}}. A stale version answers 409; bad weights 400 with every problem.")
    Variants.VariantView changeWeights(@PathVariable long id, @PathVariable long variantId,
            @RequestBody VariantWeights.Change change, @AuthenticationPrincipal CurrentUser user) {
        weights.change(id, variantId, change, user.getUsername());
        return variants.get(id, variantId);
    }

    @GetMapping("/{variantId}/compare")
    @Operation(summary = "The variant side by side with the draft, another variant or a published version",
            description = "Score per rule (titles in the language asked), commute figures per participant (total "
                    + "and longest, km one way: sum, 90th percentile, maximum), the weights and capacity that "
                    + "differ, and every placement whose host differs. A published version is scored by the "
                    + "draft's rules and capacity of today.")
    VariantComparison.Comparison compare(@PathVariable long id, @PathVariable long variantId,
            @Parameter(description = "draft (default), the id of another variant, or version:<number>")
            @RequestParam(defaultValue = "draft") String with,
            @Parameter(description = "nl (default) or en") @RequestParam(defaultValue = "nl") String lang) {
        return comparison.compare(id, variantId, with, ExplanationViews.texts(lang));
    }

    @PostMapping("/{variantId}/adopt")
    @Operation(summary = "Make the variant's rules, weights, capacity, placements and pins the programme's draft",
            description = "Send the revisions you read: {\"draftRevision\": 12, \"variantRevision\": 7} (from the "
                    + "variant or the comparison). 409 when either changed since, when either is being solved, or "
                    + "when the draft's participants changed since the variant was made; nothing changes then.")
    VariantAdoption.Result adopt(@PathVariable long id, @PathVariable long variantId,
            @RequestBody(required = false) VariantAdoption.Request request,
            @AuthenticationPrincipal CurrentUser user) {
        return adoption.adopt(id, variantId, request, user.getUsername());
    }
}
