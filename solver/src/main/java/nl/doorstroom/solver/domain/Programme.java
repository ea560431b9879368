package nl.doorstroom.solver.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One planning problem's settings: its periods and the rules every plan for it follows. */
public final class Programme {

    private final String name;
    private final int rotationMonths;
    private final List<Period> periods;
    private final int maxCommuteKm;
    /** How many different layers of government each participant should see (e.g. 3 of 4). */
    private final int layerVarietyTarget;
    private final CompatibilityTable compatibility;
    /** Constraint weights that differ from the defaults, by constraint name. */
    private final Map<String, HardMediumSoftLongScore> weightOverrides;
    /** Organisations the programme adds to the reference or corrects for itself (its organisations.csv). */
    private final List<Organisation> ownOrganisations;

    public Programme(String name, int rotationMonths, List<Period> periods, int maxCommuteKm, int layerVarietyTarget,
            CompatibilityTable compatibility, Map<String, HardMediumSoftLongScore> weightOverrides) {
        this(name, rotationMonths, periods, maxCommuteKm, layerVarietyTarget, compatibility, weightOverrides, List.of());
    }

    public Programme(String name, int rotationMonths, List<Period> periods, int maxCommuteKm, int layerVarietyTarget,
            CompatibilityTable compatibility, Map<String, HardMediumSoftLongScore> weightOverrides,
            List<Organisation> ownOrganisations) {
        this.name = Objects.requireNonNull(name);
        this.rotationMonths = rotationMonths;
        this.periods = List.copyOf(periods);
        this.maxCommuteKm = maxCommuteKm;
        this.layerVarietyTarget = layerVarietyTarget;
        this.compatibility = Objects.requireNonNull(compatibility);
        this.weightOverrides = Map.copyOf(weightOverrides);
        this.ownOrganisations = List.copyOf(ownOrganisations);
    }

    public String getName() {
        return name;
    }

    public int getRotationMonths() {
        return rotationMonths;
    }

    public List<Period> getPeriods() {
        return periods;
    }

    public int getMaxCommuteKm() {
        return maxCommuteKm;
    }

    public int maxCommuteKmFor(Participant participant) {
        Integer own = participant.getMaxCommuteKm();
        return own != null ? own : maxCommuteKm;
    }

    public int getLayerVarietyTarget() {
        return layerVarietyTarget;
    }

    public CompatibilityTable getCompatibility() {
        return compatibility;
    }

    public Compatibility compatibility(Participant participant, Organisation host) {
        return compatibility.get(participant.getSector(), host.getSector());
    }

    public Map<String, HardMediumSoftLongScore> getWeightOverrides() {
        return weightOverrides;
    }

    public List<Organisation> getOwnOrganisations() {
        return ownOrganisations;
    }

    @Override
    public String toString() {
        return name;
    }
}
