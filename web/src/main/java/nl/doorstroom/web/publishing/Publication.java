package nl.doorstroom.web.publishing;

import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.Breach;
import nl.doorstroom.solver.explain.PlanExplainer;
import nl.doorstroom.solver.explain.PlanExplanation;
import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.solver.explain.RuleLevel;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.solving.SolvingGuard;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.Problem;

/**
 * Turns the draft into the next published version. Hosts and participants only ever see published
 * versions, so a draft that breaks a hard rule is refused unless the coordinator insists.
 */
@Service
class Publication {

    /** How many broken hard rules a refusal names; the explanation lists them all. */
    private static final int REASONS_SHOWN = 5;

    private final ProgrammeStore store;
    private final PublishedPlans published;
    private final AuditLog audit;
    private final SolvingGuard solving;
    private final ApplicationEventPublisher events;
    private final PlanExplainer explainer = new PlanExplainer();
    private final ReasonTexts texts = new ReasonTexts(Locale.ENGLISH);

    Publication(ProgrammeStore store, PublishedPlans published, AuditLog audit, SolvingGuard solving,
            ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        this.published = published;
        this.audit = audit;
        this.solving = solving;
    }

    /**
     * @param force publish even though the draft breaks a hard rule
     * @throws ConflictException when the draft breaks a hard rule and {@code force} is false
     */
    @Transactional
    PublishedPlans.Version publish(long programmeId, boolean force, String username) {
        // Hosts and participants must never see a what-if: a variant reaches them only as its programme's draft.
        store.variantOf(programmeId).ifPresent(programme -> {
            throw new ConflictException("variant", Problem.of("variant.notPublished", "programme " + programmeId
                    + " is a what-if variant of programme " + programme + " and is never published; adopt it as "
                    + "the draft of programme " + programme + " and publish that. Nothing was published.", programme));
        });
        // One publication per programme at a time: the lock makes the next number unique without a retry.
        solving.lockForChange(programmeId);
        Plan plan = store.load(programmeId);
        PlanExplanation explanation = explainer.explain(plan);
        List<Breach> hard = explanation.breachesAt(RuleLevel.HARD);
        if (!explanation.isUsable() && !force) {
            throw new ConflictException("hard-rules-broken", "The draft breaks " + hard.size()
                    + " hard rule(s), so hosts and participants would be shown an unusable plan; nothing was "
                    + "published. Fix the draft, or publish anyway with force=true. " + firstReasons(hard));
        }
        int previous = published.latest(programmeId).map(PublishedPlans.Version::number).orElse(0);
        int number = published.insert(programmeId, plan, username);
        store.touch(programmeId); // the published hosts are what re-planning keeps to
        PublishedPlans.Version version = published.version(programmeId, number).orElseThrow();
        audit.record(username, "plan.publish", programmeId, "version " + number,
                previous == 0 ? null : "version " + previous,
                "version " + number + ": " + version.placements() + " placements, score " + version.score()
                        + (hard.isEmpty() ? "" : ", published with " + hard.size() + " broken hard rule(s)"));
        events.publishEvent(new PlanPublished(programmeId, previous, number));
        return version;
    }

    private String firstReasons(List<Breach> hard) {
        StringBuilder text = new StringBuilder();
        hard.stream().limit(REASONS_SHOWN).forEach(b -> text.append(texts.text(b.reason())).append("; "));
        if (hard.size() > REASONS_SHOWN) {
            text.append("and ").append(hard.size() - REASONS_SHOWN).append(" more");
        }
        return text.toString().strip();
    }
}
