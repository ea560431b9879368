package nl.doorstroom.solver.fairness;

/**
 * What one participant gets from a plan over the whole programme. Commutes are one way, as the commute rules
 * count them; "total" adds up the participant's placements, one commute per period.
 *
 * @param placements the participant's placements in the plan, with or without a host
 * @param placed those with a host
 * @param layersSeen layers of government seen, the participant's history included, as the layer rule counts them
 * @param layerTarget what the programme asks, never more than the participant has placements for
 * @param wishes the wishes about the participant, their own and hosts'
 * @param wishesHonoured those the plan fulfils
 * @param secondments placements that need a secondment arrangement
 */
public record ParticipantFairness(String id, String name, int placements, int placed, long totalKm,
        long totalMinutes, int longestKm, int longestMinutes, int layersSeen, int layerTarget, int wishes,
        int wishesHonoured, int secondments) {

    public boolean layerTargetMet() {
        return layersSeen >= layerTarget;
    }
}
