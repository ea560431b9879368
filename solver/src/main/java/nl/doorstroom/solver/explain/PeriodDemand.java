package nl.doorstroom.solver.explain;

import java.time.LocalDate;
import java.util.List;

/**
 * One period's demand against the capacity declared for it: the participants to place (trainees must be, pool
 * members may wait) and the places the hosts declared, and per discipline where its own slots and the open ones
 * together offer fewer places than it has participants.
 */
public record PeriodDemand(String periodId, LocalDate start, LocalDate end, int toPlace, int trainees, int places,
        List<DisciplineDemand> shortDisciplines) {

    /** Participants of one discipline against the places they could take: their own slots and open slots. */
    public record DisciplineDemand(String discipline, int toPlace, int places) {
    }

    public PeriodDemand {
        shortDisciplines = List.copyOf(shortDisciplines);
    }

    /** More trainees than places: some trainee cannot be placed, whatever the plan. */
    public boolean isShort() {
        return trainees > places;
    }
}
