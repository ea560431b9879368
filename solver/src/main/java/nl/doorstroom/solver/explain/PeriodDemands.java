package nl.doorstroom.solver.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Plan;

/** Per period, the participants to place against the places declared, and the disciplines that fall short. */
final class PeriodDemands {

    private PeriodDemands() {
    }

    static List<PeriodDemand> of(Plan plan, HostFunnels.Slots slots) {
        List<PeriodDemand> demands = new ArrayList<>();
        for (Period period : plan.getPeriods()) {
            List<Participant> planned = plan.getParticipants().stream().filter(p -> p.isPlannedIn(period)).toList();
            int trainees = (int) planned.stream().filter(Participant::isTrainee).count();
            int places = plan.getCapacityDeclarations().stream().filter(c -> c.getPeriod().equals(period))
                    .mapToInt(CapacityDeclaration::getMax).sum();
            demands.add(new PeriodDemand(period.getId(), period.getStart(), period.getEnd(), planned.size(),
                    trainees, places, shortDisciplines(planned, period, slots)));
        }
        return demands;
    }

    /**
     * Disciplines with more participants than places they could take: at each host their own slot where it
     * declared one, else its open slot. Open places are shared, so a discipline that fits here may still compete
     * with others; one that does not fit here cannot be placed whatever the plan.
     */
    private static List<PeriodDemand.DisciplineDemand> shortDisciplines(List<Participant> planned, Period period,
            HostFunnels.Slots slots) {
        Map<String, List<Participant>> byDiscipline = new TreeMap<>();
        for (Participant participant : planned) {
            if (!participant.getDisciplineKey().isEmpty()) {
                byDiscipline.computeIfAbsent(participant.getDisciplineKey(), d -> new ArrayList<>()).add(participant);
            }
        }
        List<PeriodDemand.DisciplineDemand> shortOnes = new ArrayList<>();
        byDiscipline.forEach((key, participants) -> {
            Participant example = participants.get(0);
            int places = 0;
            for (Organisation host : slots.hosts()) {
                CapacityDeclaration slot = slots.slotFor(example, host, period);
                places += slot == null ? 0 : slot.getMax();
            }
            if (participants.size() > places) {
                shortOnes.add(new PeriodDemand.DisciplineDemand(example.getDiscipline(), participants.size(), places));
            }
        });
        return shortOnes;
    }
}
