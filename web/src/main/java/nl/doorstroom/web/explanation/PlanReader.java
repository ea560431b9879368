package nl.doorstroom.web.explanation;

import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.explain.PlanExplainer;
import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;

/** Loads a stored plan and explains it through the solver's one explanation seam. */
@Component
public class PlanReader {

    private final ProgrammeStore store;
    private final PlanExplainer explainer;

    PlanReader(ProgrammeStore store, PlanExplainer explainer) {
        this.store = store;
        this.explainer = explainer;
    }

    public ExplainedPlan read(long programmeId) {
        if (!store.exists(programmeId)) {
            throw new NotFoundException("no programme " + programmeId);
        }
        var plan = store.load(programmeId);
        return new ExplainedPlan(plan, explainer.explain(plan));
    }

    public static Placement placement(ExplainedPlan explained, long programmeId, String participantId, String periodId) {
        Placement placement = explained.placement(participantId, periodId);
        if (placement == null) {
            throw new NotFoundException("no placement of " + participantId + " in " + periodId + " in programme "
                    + programmeId);
        }
        return placement;
    }

    public static ReasonTexts texts(String lang) {
        if (lang == null || lang.isBlank() || lang.equals("nl")) {
            return new ReasonTexts(ReasonTexts.DUTCH);
        }
        if (lang.equals("en")) {
            return new ReasonTexts(Locale.ENGLISH);
        }
        throw new BadRequestException("lang must be nl or en, not " + lang);
    }
}
