package nl.doorstroom.web.variant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.solver.explain.RuleLevel;
import nl.doorstroom.solver.explain.RuleResult;
import nl.doorstroom.solver.explain.ScoredPlan;
import nl.doorstroom.solver.input.PlacementRecord;
import nl.doorstroom.solver.input.ProgrammeInput;
import nl.doorstroom.web.explanation.ExplanationViews;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.publishing.PublishedPlans;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.Problem;

/**
 * A variant side by side with the draft, another variant of the same programme or a published version: the
 * score per rule, commute figures, the rules' weights and the capacity that differ, and the placements whose host
 * differs. "Here" is always the variant, "there" what it is compared with.
 */
@Service
class VariantComparison {

    private static final Pattern VERSION = Pattern.compile("version:(\\d{1,9})");
    private static final Pattern VARIANT = Pattern.compile("\\d{1,18}");

    /**
     * @param kind DRAFT, VARIANT or VERSION
     * @param revision the draft's or variant's revision that was compared, which an adoption names; null for a
     *            version
     */
    record SideView(String kind, Long variantId, Integer version, String name, String score, boolean usable,
            Long revision) {
    }

    /** One rule on both sides; penalties are positive numbers on the rule's level. */
    record RuleRow(String rule, String title, RuleLevel level, long penaltyHere, int countHere, long penaltyThere,
            int countThere) {

        /** How much more the rule costs here than there; negative when the variant is better at it. */
        public long difference() {
            return penaltyHere - penaltyThere;
        }
    }

    record FairnessView(CommuteFairness.Figures here, CommuteFairness.Figures there) {
    }

    /** A weight is null where the rule weighs as usual. */
    record WeightDifference(String rule, String title, String here, String there) {
    }

    /** A declaration is null on the side that has none for that host, period and discipline. */
    record CapacityDifference(String host, String hostName, String period, String discipline, SlotView here,
            SlotView there) {
    }

    record SlotView(int min, int max, Integer maxSalaryScale) {
        static SlotView of(PlanSide.Slot slot) {
            return slot == null ? null : new SlotView(slot.min(), slot.max(), slot.maxSalaryScale());
        }
    }

    /** A host is null where the participant has no placement in that period on that side. */
    record PlacementDifference(String participantId, String participantName, String periodId, String hostHere,
            String hostHereName, String hostThere, String hostThereName) {
    }

    record Comparison(SideView here, SideView there, String language, List<RuleRow> rules, FairnessView fairness,
            List<WeightDifference> weights, List<CapacityDifference> capacity,
            List<PlacementDifference> placements) {

        /** The variant's rules as an explanation lists them, so its score line counts broken rules. */
        public List<ExplanationViews.RuleView> rulesHere() {
            return rules.stream().map(r -> new ExplanationViews.RuleView(r.rule(), r.title(), r.level(),
                    r.penaltyHere(), r.countHere())).toList();
        }

        /** The other side's rules, likewise. */
        public List<ExplanationViews.RuleView> rulesThere() {
            return rules.stream().map(r -> new ExplanationViews.RuleView(r.rule(), r.title(), r.level(),
                    r.penaltyThere(), r.countThere())).toList();
        }
    }

    private final Variants variants;
    private final WorkingPlans plans;
    private final ProgrammeStore store;
    private final PublishedPlans published;

    VariantComparison(Variants variants, WorkingPlans plans, ProgrammeStore store, PublishedPlans published) {
        this.variants = variants;
        this.plans = plans;
        this.store = store;
        this.published = published;
    }

    /**
     * @param with {@code draft}, the id of another variant of the programme, or {@code version:<n>} for a
     *            published version of the programme
     */
    Comparison compare(long programmeId, long variantId, String with, ReasonTexts texts) {
        VariantRepository.Variant variant = variants.variant(programmeId, variantId);
        PlanSide there = other(programmeId, variantId, with);
        PlanSide here = working(variantId, PlanSide.Kind.VARIANT, variant.name());
        return new Comparison(view(here), view(there), texts.locale().getLanguage(), rules(here, there, texts),
                new FairnessView(here.fairness(), there.fairness()), weights(here, there, texts),
                capacity(here, there), placements(here, there));
    }

    private PlanSide other(long programmeId, long variantId, String with) {
        String asked = with == null || with.isBlank() ? "draft" : with.strip();
        if (asked.equals("draft")) {
            return working(programmeId, PlanSide.Kind.DRAFT, null);
        }
        Matcher version = VERSION.matcher(asked);
        if (version.matches()) {
            return version(programmeId, Integer.parseInt(version.group(1)));
        }
        if (VARIANT.matcher(asked).matches()) {
            long otherId = Long.parseLong(asked);
            VariantRepository.Variant other = variants.variant(programmeId, otherId);
            return working(otherId, PlanSide.Kind.VARIANT, other.name());
        }
        throw new BadRequestException(Problem.of("variant.unknownWith", "with must be draft, the id of another "
                + "variant of programme " + programmeId + " or version:<number>, not '" + asked + "'", asked));
    }

    /** The draft or a variant as its working plan stands, with the revision it stands at. */
    private PlanSide working(long id, PlanSide.Kind kind, String name) {
        long revision = store.revision(id).orElseThrow(() -> new NotFoundException("no programme " + id));
        return plans.of(id).read(scored -> PlanSide.of(kind, kind == PlanSide.Kind.VARIANT ? id : null, null, name,
                revision, scored));
    }

    /**
     * A published version, scored as the draft is scored today (its rules, capacity and published plan): the
     * version keeps who went where, not the rules it was made under. Its pins do not count.
     */
    private PlanSide version(long programmeId, int number) {
        published.version(programmeId, number).orElseThrow(() -> new NotFoundException(
                "no version " + number + " of programme " + programmeId));
        Map<String, String> hosts = new LinkedHashMap<>();
        published.placements(programmeId, number).forEach(p -> hosts.put(p.participantId() + "@" + p.periodId(),
                p.hostCode()));
        ProgrammeInput draft = store.input(programmeId);
        List<PlacementRecord> placements = draft.placements().stream()
                .map(r -> new PlacementRecord(r.origin(), r.participant(), r.period(),
                        hosts.get(r.participant() + "@" + r.period()), false, r.publishedHost()))
                .toList();
        Plan plan = store.assemble(draft.withPlacements(placements));
        try (ScoredPlan scored = ScoredPlan.of(plan)) {
            return PlanSide.of(PlanSide.Kind.VERSION, null, number, null, null, scored);
        }
    }

    private static SideView view(PlanSide side) {
        return new SideView(side.kind().name(), side.variantId(), side.version(), side.name(),
                side.score().toString(), side.score().hardScore() == 0, side.revision());
    }

    /** Every rule either side scores, hard first and then in the order of the rules. */
    private static List<RuleRow> rules(PlanSide here, PlanSide there, ReasonTexts texts) {
        Set<String> names = new LinkedHashSet<>(here.rules().keySet());
        names.addAll(there.rules().keySet());
        List<RuleRow> rows = new ArrayList<>();
        for (String name : names) {
            RuleResult a = here.rules().get(name);
            RuleResult b = there.rules().get(name);
            RuleLevel level = a != null ? a.level() : b.level();
            rows.add(new RuleRow(name, texts.ruleTitle(name), level, a == null ? 0 : a.penalty(),
                    a == null ? 0 : a.breaches().size(), b == null ? 0 : b.penalty(),
                    b == null ? 0 : b.breaches().size()));
        }
        rows.sort(Comparator.comparing(RuleRow::level).thenComparing(r -> order(r.rule())));
        return rows;
    }

    private static int order(String rule) {
        int index = RuleNames.ALL.indexOf(rule);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static List<WeightDifference> weights(PlanSide here, PlanSide there, ReasonTexts texts) {
        Set<String> rules = new TreeSet<>(Comparator.comparingInt(VariantComparison::order)
                .thenComparing(Comparator.naturalOrder()));
        rules.addAll(here.weights().keySet());
        rules.addAll(there.weights().keySet());
        List<WeightDifference> differences = new ArrayList<>();
        for (String rule : rules) {
            HardMediumSoftLongScore a = here.weights().get(rule);
            HardMediumSoftLongScore b = there.weights().get(rule);
            if (!Objects.equals(a, b)) {
                differences.add(new WeightDifference(rule, texts.ruleTitle(rule), a == null ? null : a.toString(),
                        b == null ? null : b.toString()));
            }
        }
        return differences;
    }

    private static List<CapacityDifference> capacity(PlanSide here, PlanSide there) {
        Map<String, PlanSide.Slot> all = new LinkedHashMap<>(here.capacity());
        there.capacity().forEach(all::putIfAbsent);
        List<CapacityDifference> differences = new ArrayList<>();
        all.values().stream()
                .sorted(Comparator.comparing(PlanSide.Slot::hostCode).thenComparingInt(PlanSide.Slot::periodIndex)
                        .thenComparing(PlanSide.Slot::discipline))
                .forEach(any -> {
                    PlanSide.Slot a = here.capacity().get(any.key());
                    PlanSide.Slot b = there.capacity().get(any.key());
                    if (a == null || b == null || !a.sameNumbers(b)) {
                        differences.add(new CapacityDifference(any.hostCode(), any.hostName(), any.periodId(),
                                any.discipline(), SlotView.of(a), SlotView.of(b)));
                    }
                });
        return differences;
    }

    private static List<PlacementDifference> placements(PlanSide here, PlanSide there) {
        Map<String, PlanSide.Hosted> all = new LinkedHashMap<>(here.placements());
        there.placements().forEach(all::putIfAbsent);
        List<PlacementDifference> differences = new ArrayList<>();
        all.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, PlanSide.Hosted> e) -> e.getValue().participantId())
                        .thenComparingInt(e -> e.getValue().periodIndex()))
                .forEach(e -> {
                    PlanSide.Hosted a = here.placements().get(e.getKey());
                    PlanSide.Hosted b = there.placements().get(e.getKey());
                    String hostA = a == null ? null : a.hostCode();
                    String hostB = b == null ? null : b.hostCode();
                    if (!Objects.equals(hostA, hostB)) {
                        PlanSide.Hosted any = e.getValue();
                        differences.add(new PlacementDifference(any.participantId(), any.participantName(),
                                any.periodId(), hostA, a == null ? null : a.hostName(), hostB,
                                b == null ? null : b.hostName()));
                    }
                });
        return differences;
    }
}
