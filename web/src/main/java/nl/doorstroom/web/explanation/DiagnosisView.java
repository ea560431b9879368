package nl.doorstroom.web.explanation;

import java.time.LocalDate;
import java.util.List;

import nl.doorstroom.solver.explain.Diagnosis;
import nl.doorstroom.solver.explain.DiagnosisTexts;
import nl.doorstroom.solver.explain.HostFunnel;
import nl.doorstroom.solver.explain.PeriodDemand;
import nl.doorstroom.solver.explain.ReasonTexts;

/**
 * The solver's {@link Diagnosis} as the API and the explanation page show it: the periods with their dates and
 * demand, and when the plan is not usable why, per participant, with the smallest change; the soft penalties no
 * plan can avoid. Data and words together, the words in the asked language.
 */
public record DiagnosisView(List<PeriodView> periods, List<String> shortages, List<FunnelView> participants,
        int participantsLeftOut, List<UnavoidableView> unavoidable) {

    public record PeriodView(String id, LocalDate start, LocalDate end, int toPlace, int trainees, int places,
            boolean isShort, String text) {
    }

    public record StepView(String rule, int remaining, String text) {
    }

    public record FunnelView(String participant, String participantName, String period, List<StepView> steps,
            String cause, String text, String causeText, String suggestion) {
    }

    public record UnavoidableView(String rule, String title, String text) {
    }

    public static DiagnosisView of(Diagnosis diagnosis, ReasonTexts texts) {
        DiagnosisTexts said = new DiagnosisTexts(texts);
        List<String> periodTexts = said.periods(diagnosis);
        List<PeriodView> periods = new java.util.ArrayList<>();
        for (int i = 0; i < diagnosis.periods().size(); i++) {
            PeriodDemand p = diagnosis.periods().get(i);
            periods.add(new PeriodView(p.periodId(), p.start(), p.end(), p.toPlace(), p.trainees(), p.places(),
                    p.isShort(), periodTexts.get(i)));
        }
        List<FunnelView> funnels = diagnosis.funnels().stream().map(f -> funnel(f, said, texts)).toList();
        List<UnavoidableView> unavoidable = diagnosis.unavoidable().stream().map(u -> new UnavoidableView(u.rule(),
                texts.ruleTitle(u.rule()), texts.text(u.words()))).toList();
        return new DiagnosisView(periods, said.shortages(diagnosis), funnels, diagnosis.funnelsLeftOut(), unavoidable);
    }

    private static FunnelView funnel(HostFunnel funnel, DiagnosisTexts said, ReasonTexts texts) {
        List<StepView> steps = funnel.steps().stream()
                .map(s -> new StepView(s.rule(), s.remaining(), texts.text(s.words()))).toList();
        return new FunnelView(funnel.participantId(), funnel.participantName(), funnel.periodId(), steps,
                funnel.cause(), said.funnel(funnel), said.cause(funnel), said.suggestion(funnel));
    }
}
