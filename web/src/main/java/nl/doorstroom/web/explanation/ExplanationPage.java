package nl.doorstroom.web.explanation;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.doorstroom.solver.explain.RuleLevel;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/** The "Uitleg" tab: the score per rule, every broken hard and medium rule, the costliest soft matches. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ExplanationPage {

    private final ProgrammeQueries queries;
    private final WorkingPlans plans;
    private final ProblemTexts problemTexts;

    ExplanationPage(ProgrammeQueries queries, WorkingPlans plans, ProblemTexts problemTexts) {
        this.queries = queries;
        this.plans = plans;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/programmes/{id}/explanation")
    String explanation(@PathVariable long id, Model model) {
        model.addAttribute("programme", queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id)));
        model.addAttribute("explanation",
                plans.of(id).readOnce(ExplanationViews.key(problemTexts.reasons()),
                        scored -> ExplanationViews.plan(scored, problemTexts.reasons())));
        model.addAttribute("levels", List.of(RuleLevel.HARD, RuleLevel.MEDIUM, RuleLevel.SOFT));
        return "planning/explanation";
    }
}
