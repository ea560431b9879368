package nl.doorstroom.solver.explain;

import java.util.ArrayList;
import java.util.List;

import nl.doorstroom.solver.constraints.Reason;

/** A {@link Diagnosis} in words, line by line, for explanation.txt and the explanation page alike. */
public final class DiagnosisTexts {

    private final ReasonTexts texts;

    public DiagnosisTexts(ReasonTexts texts) {
        this.texts = texts;
    }

    /** One line per period with its dates, the participants to place and the places declared. */
    public List<String> periods(Diagnosis diagnosis) {
        List<String> lines = new ArrayList<>();
        for (PeriodDemand period : diagnosis.periods()) {
            lines.add(texts.format("diagnosis.period", period.periodId(), period.start().toString(),
                    period.end().toString(), period.toPlace(), period.trainees(), period.places()));
        }
        return lines;
    }

    /** The periods and disciplines with fewer places than participants. */
    public List<String> shortages(Diagnosis diagnosis) {
        List<String> lines = new ArrayList<>();
        for (PeriodDemand period : diagnosis.periods()) {
            if (period.isShort()) {
                lines.add(texts.format("diagnosis.period.short", period.periodId(), period.trainees(),
                        period.places(), period.trainees() - period.places()));
            }
            for (PeriodDemand.DisciplineDemand discipline : period.shortDisciplines()) {
                lines.add(texts.format("diagnosis.period.discipline", period.periodId(), discipline.toPlace(),
                        discipline.discipline(), discipline.places()));
            }
        }
        return lines;
    }

    /** Per participant and period: the hosts after each rule, the cause, and the smallest change. */
    public List<String> funnels(Diagnosis diagnosis) {
        List<String> lines = new ArrayList<>();
        for (HostFunnel funnel : diagnosis.funnels()) {
            lines.add(funnel(funnel));
            lines.add(cause(funnel));
            lines.add(suggestion(funnel));
        }
        if (diagnosis.funnelsLeftOut() > 0) {
            lines.add(texts.format("diagnosis.funnelsLeftOut", diagnosis.funnelsLeftOut()));
        }
        return lines;
    }

    public String funnel(HostFunnel funnel) {
        List<String> steps = funnel.steps().stream().map(step -> texts.text(step.words())).toList();
        return texts.format("diagnosis.funnel", funnel.participantName(), funnel.participantId(), funnel.periodId(),
                String.join("; ", steps));
    }

    public String cause(HostFunnel funnel) {
        return switch (funnel.cause()) {
            case HostFunnel.FULL -> texts.format("diagnosis.cause.full", funnel.periodId());
            case HostFunnel.ROOM_LEFT -> texts.format("diagnosis.cause.roomLeft", funnel.periodId());
            case HostFunnel.TAKEN_BY_OTHER_PERIODS ->
                    texts.format("diagnosis.cause.takenByOtherPeriods", funnel.participantName());
            default -> texts.format("diagnosis.cause", texts.ruleTitle(funnel.cause()));
        };
    }

    public String suggestion(HostFunnel funnel) {
        Reason suggestion = funnel.suggestion();
        return suggestion == null ? texts.format("diagnosis.noSingleChange")
                : texts.format("diagnosis.smallestChange", texts.text(suggestion));
    }

    /** "Rule title: why no plan avoids it". */
    public List<String> unavoidable(Diagnosis diagnosis) {
        return diagnosis.unavoidable().stream()
                .map(penalty -> texts.ruleTitle(penalty.rule()) + ": " + texts.text(penalty.words())).toList();
    }
}
