package nl.doorstroom.solver.explain;

import java.util.List;
import java.util.Locale;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/** A coordinator's summary of a plan in plain text: score per rule, what is broken, what costs most. */
public final class ExplanationReport {

    /** How many of the most expensive matches to show per soft rule. */
    static final int WORST_SOFT_PER_RULE = 5;

    private final ReasonTexts texts;

    public ExplanationReport(Locale locale) {
        this.texts = new ReasonTexts(locale);
    }

    public String render(Plan plan, PlanExplanation explanation) {
        return render(plan, explanation, Diagnosis.of(plan, explanation));
    }

    /**
     * The summary, with the periods and their dates; when the plan breaks a hard rule, why (demand against
     * capacity, and per participant the hosts each rule leaves); and the penalties no plan can avoid.
     */
    public String render(Plan plan, PlanExplanation explanation, Diagnosis diagnosis) {
        DiagnosisTexts said = new DiagnosisTexts(texts);
        StringBuilder out = new StringBuilder();
        long unplaced = plan.getPlacements().stream().filter(p -> !p.isAssigned()).count();
        long pinned = plan.getPlacements().stream().filter(Placement::isPinned).count();
        line(out, texts.format("report.title", plan.getProgramme().getName()));
        line(out, texts.format("report.score", explanation.score()));
        line(out, texts.format(verdictKey(explanation)));
        line(out, texts.format("report.size", plan.getPlacements().size(), plan.getParticipants().size(),
                plan.getPeriods().size(), unplaced, pinned));
        line(out, "");
        line(out, texts.format("report.periods"));
        said.periods(diagnosis).forEach(text -> line(out, "  " + text));
        if (!explanation.isUsable()) {
            line(out, "");
            line(out, texts.format("report.why"));
            said.shortages(diagnosis).forEach(text -> line(out, "  " + text));
            said.funnels(diagnosis).forEach(text -> line(out, "  " + text));
        }
        if (!diagnosis.unavoidable().isEmpty()) {
            line(out, "");
            line(out, texts.format("report.unavoidable"));
            said.unavoidable(diagnosis).forEach(text -> line(out, "  " + text));
        }
        line(out, "");
        line(out, texts.format("report.perRule"));
        for (RuleResult rule : explanation.rules()) {
            line(out, String.format(texts.locale(), "  %-6s  %-42s %12d  (%d)",
                    texts.format("level." + rule.level()), texts.ruleTitle(rule.rule()), -rule.penalty(),
                    rule.breaches().size()));
        }
        brokenSection(out, explanation, RuleLevel.HARD, "report.brokenHard");
        brokenSection(out, explanation, RuleLevel.MEDIUM, "report.brokenMedium");
        line(out, "");
        line(out, texts.format("report.worstSoft", WORST_SOFT_PER_RULE));
        for (RuleResult rule : explanation.rulesAt(RuleLevel.SOFT)) {
            if (!rule.isBroken()) {
                continue;
            }
            line(out, "  " + texts.ruleTitle(rule.rule()) + " (" + -rule.penalty() + ")");
            rule.breaches().stream().limit(WORST_SOFT_PER_RULE).forEach(breach -> line(out,
                    String.format(texts.locale(), "    %8d  %s", -breach.penalty(), texts.text(breach.reason()))));
        }
        return out.toString();
    }

    private void brokenSection(StringBuilder out, PlanExplanation explanation, RuleLevel level, String titleKey) {
        line(out, "");
        line(out, texts.format(titleKey));
        List<RuleResult> broken = explanation.rulesAt(level).stream().filter(RuleResult::isBroken).toList();
        if (broken.isEmpty()) {
            line(out, "  " + texts.format("report.none"));
        }
        for (RuleResult rule : broken) {
            line(out, "  " + texts.ruleTitle(rule.rule()) + " (" + -rule.penalty() + ")");
            for (Breach breach : rule.breaches()) {
                line(out, "    - " + texts.text(breach.reason()));
            }
        }
    }

    private static String verdictKey(PlanExplanation explanation) {
        if (!explanation.isUsable()) {
            return "report.verdict.hard";
        }
        return explanation.score().mediumScore() < 0 ? "report.verdict.medium" : "report.verdict.good";
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
