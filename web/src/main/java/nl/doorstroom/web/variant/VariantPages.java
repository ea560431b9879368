package nl.doorstroom.web.variant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.publishing.PublishedPlans;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/**
 * The "Varianten" tab: a programme's variants, making one, one variant with its weights, comparing it side by
 * side, and adopting or deleting it after a confirmation. A variant's board and other pages are the programme
 * pages of its own id, with a banner that says whose variant it is.
 */
@Controller
@RequestMapping("/programmes/{id}/variants")
@PreAuthorize("hasRole('COORDINATOR')")
class VariantPages {

    /** A rule's weight in the form: the rule, its title in the page's language, the weight set (blank: usual). */
    record WeightField(String rule, String title, String weight) {
    }

    private final ProgrammeQueries queries;
    private final Variants variants;
    private final VariantWeights weights;
    private final VariantComparison comparison;
    private final VariantAdoption adoption;
    private final PublishedPlans published;
    private final ProblemTexts problemTexts;

    VariantPages(ProgrammeQueries queries, Variants variants, VariantWeights weights, VariantComparison comparison,
            VariantAdoption adoption, PublishedPlans published, ProblemTexts problemTexts) {
        this.queries = queries;
        this.variants = variants;
        this.weights = weights;
        this.comparison = comparison;
        this.adoption = adoption;
        this.published = published;
        this.problemTexts = problemTexts;
    }

    @GetMapping
    String list(@PathVariable long id, Model model) {
        List<Variants.VariantView> all = variants.of(id);
        model.addAttribute("programme", programme(id));
        model.addAttribute("variants", all);
        model.addAttribute("versions", published.versions(id));
        return "variant/variants";
    }

    @PostMapping
    String create(@PathVariable long id, @RequestParam(required = false) String name,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            long variantId = variants.create(id, name, user.getUsername());
            redirect.addFlashAttribute("created", true);
            return "redirect:/programmes/" + id + "/variants/" + variantId;
        } catch (BadRequestException e) {
            model.addAttribute("createProblems", problemTexts.of(e));
            model.addAttribute("name", name);
        }
        return list(id, model);
    }

    @GetMapping("/{variantId}")
    String variant(@PathVariable long id, @PathVariable long variantId, Model model) {
        Variants.VariantView variant = variants.get(id, variantId);
        ReasonTexts texts = problemTexts.reasons();
        List<WeightField> fields = new ArrayList<>();
        for (String rule : RuleNames.ALL) {
            fields.add(new WeightField(rule, texts.ruleTitle(rule), variant.weights().getOrDefault(rule, "")));
        }
        model.addAttribute("programme", programme(id));
        model.addAttribute("variant", variant);
        model.addAttribute("weightFields", fields);
        return "variant/variant";
    }

    /** The weights come as fields named {@code weight.<rule>}, one per rule; blank fields weigh as usual. */
    @PostMapping("/{variantId}/weights")
    String changeWeights(@PathVariable long id, @PathVariable long variantId, @RequestParam int version,
            @RequestParam Map<String, String> fields, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Map<String, String> asked = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            if (field.startsWith("weight.")) {
                asked.put(field.substring("weight.".length()), value);
            }
        });
        try {
            weights.change(id, variantId, new VariantWeights.Change(version, asked), user.getUsername());
            redirect.addFlashAttribute("weightsSaved", true);
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(problemTexts.of(e)));
        }
        return "redirect:/programmes/" + id + "/variants/" + variantId;
    }

    @GetMapping("/compare")
    String compare(@PathVariable long id, @RequestParam long variant,
            @RequestParam(defaultValue = "draft") String with, Model model) {
        model.addAttribute("programme", programme(id));
        model.addAttribute("comparison", comparison.compare(id, variant, with, problemTexts.reasons()));
        model.addAttribute("variants", variants.of(id));
        model.addAttribute("versions", published.versions(id));
        model.addAttribute("selectedVariant", variant);
        model.addAttribute("selectedWith", with);
        return "variant/compare";
    }

    /** The confirmation step: what adopting will do, with the revisions the coordinator compared. */
    @GetMapping("/{variantId}/adopt")
    String confirmAdoption(@PathVariable long id, @PathVariable long variantId, @RequestParam long draftRevision,
            @RequestParam long variantRevision, Model model) {
        model.addAttribute("programme", programme(id));
        model.addAttribute("variant", variants.get(id, variantId));
        model.addAttribute("action", "adopt");
        model.addAttribute("draftRevision", draftRevision);
        model.addAttribute("variantRevision", variantRevision);
        return "variant/confirm";
    }

    @PostMapping("/{variantId}/adopt")
    String adopt(@PathVariable long id, @PathVariable long variantId, @RequestParam long draftRevision,
            @RequestParam long variantRevision, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        String name = variants.variant(id, variantId).name();
        try {
            adoption.adopt(id, variantId, new VariantAdoption.Request(draftRevision, variantRevision),
                    user.getUsername());
            redirect.addFlashAttribute("adopted", name);
            return "redirect:/programmes/" + id + "/variants";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(problemTexts.of(e)));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", problemTexts.of(e));
        }
        return "redirect:/programmes/" + id + "/variants/compare?variant=" + variantId + "&with=draft";
    }

    @GetMapping("/{variantId}/delete")
    String confirmDeletion(@PathVariable long id, @PathVariable long variantId, Model model) {
        model.addAttribute("programme", programme(id));
        model.addAttribute("variant", variants.get(id, variantId));
        model.addAttribute("action", "delete");
        return "variant/confirm";
    }

    @PostMapping("/{variantId}/delete")
    String delete(@PathVariable long id, @PathVariable long variantId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        String name = variants.variant(id, variantId).name();
        variants.delete(id, variantId, user.getUsername());
        redirect.addFlashAttribute("deleted", name);
        return "redirect:/programmes/" + id + "/variants";
    }

    private ProgrammeQueries.ProgrammeView programme(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id));
    }
}
