package nl.doorstroom.web.explanation;

import java.util.ArrayList;
import java.util.List;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.explain.Breach;
import nl.doorstroom.solver.explain.Diagnosis;
import nl.doorstroom.solver.explain.PlanExplanation;
import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.solver.explain.RuleLevel;
import nl.doorstroom.solver.explain.RuleResult;
import nl.doorstroom.solver.explain.ScoredPlan;

/** Explanations in words, as the API shows them. */
public final class ExplanationViews {

    /** How many of the most expensive matches are shown per soft rule. */
    static final int WORST_SOFT_PER_RULE = 5;

    public record RuleView(String name, String title, RuleLevel level, long penalty, int count) {
    }

    public record BreachView(String rule, String ruleTitle, RuleLevel level, long penalty, String participant, String host,
            String period, String text) {
    }

    /** {@code diagnosis}: why the plan is not usable and what no plan can avoid (null when not asked for). */
    public record PlanExplanationView(String score, boolean usable, String language, List<RuleView> rules,
            List<BreachView> broken, List<BreachView> worstSoft, DiagnosisView diagnosis) {
    }

    public record HostView(String code, String name, String layer) {
        public static HostView of(Organisation host) {
            return host == null ? null : new HostView(host.getCode(), host.getName(), host.getLayer().name());
        }
    }

    public record PlacementExplanationView(String participant, String participantName, String period, HostView host,
            Integer commuteKm, Integer commuteMinutes, boolean pinned, HostView publishedHost, String planScore,
            List<BreachView> breaches) {
    }

    private ExplanationViews() {
    }

    /** The texts in the language asked for: nl (the default) or en. */
    public static ReasonTexts texts(String lang) {
        if (lang == null || lang.isBlank() || lang.equals("nl")) {
            return new ReasonTexts(ReasonTexts.DUTCH);
        }
        if (lang.equals("en")) {
            return new ReasonTexts(java.util.Locale.ENGLISH);
        }
        throw new nl.doorstroom.web.system.BadRequestException("lang must be nl or en, not " + lang);
    }

    /** The placement, or 404. */
    public static Placement placement(ScoredPlan scored, long programmeId, String participantId, String periodId) {
        Placement placement = scored.placement(participantId, periodId);
        if (placement == null) {
            throw new nl.doorstroom.web.system.NotFoundException("no placement of " + participantId + " in "
                    + periodId + " in programme " + programmeId);
        }
        return placement;
    }

    public static PlanExplanationView plan(PlanExplanation explanation, ReasonTexts texts) {
        List<RuleView> rules = new ArrayList<>();
        List<BreachView> broken = new ArrayList<>();
        List<BreachView> worstSoft = new ArrayList<>();
        for (RuleResult rule : explanation.rules()) {
            rules.add(new RuleView(rule.rule(), texts.ruleTitle(rule.rule()), rule.level(), rule.penalty(),
                    rule.breaches().size()));
            if (rule.level() == RuleLevel.SOFT) {
                rule.breaches().stream().limit(WORST_SOFT_PER_RULE)
                        .forEach(breach -> worstSoft.add(breach(rule, breach, texts)));
            } else {
                rule.breaches().forEach(breach -> broken.add(breach(rule, breach, texts)));
            }
        }
        return new PlanExplanationView(explanation.score().toString(), explanation.isUsable(),
                texts.locale().getLanguage(), rules, broken, worstSoft, null);
    }

    /** Under which a working plan keeps its explanation in one language (see WorkingPlan.readOnce). */
    public static String key(ReasonTexts texts) {
        return "explanation:" + texts.locale().toLanguageTag();
    }

    /** The plan's explanation with its diagnosis. */
    public static PlanExplanationView plan(ScoredPlan scored, ReasonTexts texts) {
        PlanExplanationView view = plan(scored.explanation(), texts);
        return new PlanExplanationView(view.score(), view.usable(), view.language(), view.rules(), view.broken(),
                view.worstSoft(), DiagnosisView.of(Diagnosis.of(scored.plan(), scored.explanation()), texts));
    }

    public static PlacementExplanationView placement(ScoredPlan scored, Placement placement, ReasonTexts texts) {
        Commute commute = placement.isAssigned() ? placement.getCommute() : null;
        return new PlacementExplanationView(placement.getParticipant().getId(), placement.getParticipant().getName(),
                placement.getPeriod().getId(), HostView.of(placement.getHost()),
                commute == null ? null : commute.km(), commute == null ? null : commute.minutes(),
                placement.isPinned(), HostView.of(placement.getPublishedHost()),
                scored.score().toString(),
                scored.breachesOf(placement).stream().map(b -> breach(b.rule(), b.breach(), texts)).toList());
    }

    public static BreachView breach(RuleResult rule, Breach breach, ReasonTexts texts) {
        Reason reason = breach.reason();
        return new BreachView(rule.rule(), texts.ruleTitle(rule.rule()), rule.level(), breach.penalty(),
                reason.participantId(), reason.hostCode(), reason.periodId(), texts.text(reason));
    }
}
