package nl.doorstroom.web.explanation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.web.plan.WorkingPlans;

@RestController
@RequestMapping("/api/programmes/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Explanation", description = "Why the stored plan scores as it does, in Dutch or English")
class ExplanationController {

    private final WorkingPlans plans;

    ExplanationController(WorkingPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/explanation")
    @Operation(summary = "Score per rule, every broken hard and medium rule in words, the worst soft matches, "
            + "and the diagnosis: periods with demand and places, why the plan is not usable, unavoidable penalties")
    ExplanationViews.PlanExplanationView explanation(@PathVariable long id,
            @Parameter(description = "nl (default) or en") @RequestParam(defaultValue = "nl") String lang) {
        ReasonTexts texts = ExplanationViews.texts(lang);
        return plans.of(id).readOnce(ExplanationViews.key(texts), scored -> ExplanationViews.plan(scored, texts));
    }

    @GetMapping("/placements/{participantId}/{periodId}/explanation")
    @Operation(summary = "Why here: host, commute, pinned, and every rule match of this placement in words")
    ExplanationViews.PlacementExplanationView placement(@PathVariable long id, @PathVariable String participantId,
            @PathVariable String periodId,
            @Parameter(description = "nl (default) or en") @RequestParam(defaultValue = "nl") String lang) {
        ReasonTexts texts = ExplanationViews.texts(lang);
        return plans.of(id).read(scored -> ExplanationViews.placement(scored,
                ExplanationViews.placement(scored, id, participantId, periodId), texts));
    }
}
