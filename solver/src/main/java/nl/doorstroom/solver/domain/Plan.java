package nl.doorstroom.solver.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** All placements of one programme, with the facts they are planned against. */
@PlanningSolution
public class Plan {

    @ProblemFactProperty
    private Programme programme;
    @ProblemFactCollectionProperty
    private List<Organisation> organisations;
    @ProblemFactCollectionProperty
    private List<Period> periods;
    @ProblemFactCollectionProperty
    private List<Participant> participants;
    @ProblemFactCollectionProperty
    private List<CapacityDeclaration> capacityDeclarations;
    @ProblemFactCollectionProperty
    private List<Wish> wishes;
    @PlanningEntityCollectionProperty
    private List<Placement> placements;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public Plan() {
        // for the solver's cloning
    }

    public Plan(Programme programme, List<Organisation> organisations, List<Participant> participants,
            List<CapacityDeclaration> capacityDeclarations, List<Wish> wishes, List<Placement> placements) {
        this.programme = programme;
        this.organisations = organisations;
        this.periods = programme.getPeriods();
        this.participants = participants;
        this.capacityDeclarations = capacityDeclarations;
        this.wishes = wishes;
        this.placements = placements;
        this.constraintWeightOverrides = ConstraintWeightOverrides.of(programme.getWeightOverrides());
    }

    public Programme getProgramme() {
        return programme;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public List<Period> getPeriods() {
        return periods;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    public List<CapacityDeclaration> getCapacityDeclarations() {
        return capacityDeclarations;
    }

    public List<Wish> getWishes() {
        return wishes;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    /**
     * The hosts each participant can go to, as the placements were given them: one instance the placements share,
     * so what it worked out for them is not worked out again (a new one for a plan whose hosts were given as lists).
     */
    public PossibleHosts possibleHosts() {
        for (Placement placement : placements) {
            if (placement.possibleHostsSource() != null) {
                return placement.possibleHostsSource();
            }
        }
        return new PossibleHosts(this);
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    /** Timefold reads the programme's rule weights through this property, and needs both accessors. */
    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
