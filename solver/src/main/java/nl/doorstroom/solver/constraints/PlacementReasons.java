package nl.doorstroom.solver.constraints;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.domain.WishSource;

/**
 * Builds the {@link Reason} of each rule from the objects it matched, so the rules themselves stay
 * about matching. Arguments carry names a coordinator recognises; ids go in the reason's fields.
 */
final class PlacementReasons {

    private PlacementReasons() {
    }

    static Reason aboutPlacement(String key, Placement placement, Object... more) {
        Participant participant = placement.getParticipant();
        Organisation host = placement.getHost();
        Object[] args = new Object[3 + more.length];
        args[0] = participant.getName();
        args[1] = host == null ? "" : host.getName();
        args[2] = placement.getPeriod().getId();
        System.arraycopy(more, 0, args, 3, more.length);
        return Reason.of(key, participant.getId(), host == null ? null : host.getCode(),
                placement.getPeriod().getId(), args);
    }

    /** A slot for one discipline says so: "... at most 1 participant in water ...". */
    static Reason capacityExceeded(CapacityDeclaration slot, Collection<Participant> placed) {
        String names = placed.stream().map(Participant::getName).sorted().collect(Collectors.joining(", "));
        String key = slot.namesDiscipline() ? ReasonKeys.HOST_CAPACITY_EXCEEDED_IN_SLOT
                : ReasonKeys.HOST_CAPACITY_EXCEEDED;
        return Reason.of(key, null, slot.getHost().getCode(), slot.getPeriod().getId(),
                slot.getHost().getName(), slot.getPeriod().getId(), placed.size(), slot.getMax(), names,
                slot.getDiscipline());
    }

    static Reason minimumNotMet(CapacityDeclaration slot, int placed) {
        String key = slot.namesDiscipline() ? ReasonKeys.HOST_MINIMUM_NOT_MET_IN_SLOT : ReasonKeys.HOST_MINIMUM_NOT_MET;
        return Reason.of(key, null, slot.getHost().getCode(), slot.getPeriod().getId(),
                slot.getHost().getName(), slot.getPeriod().getId(), placed, slot.getMin(), slot.getDiscipline());
    }

    static Reason unplaced(String key, Placement placement) {
        return Reason.of(key, placement.getParticipant().getId(), null, placement.getPeriod().getId(),
                placement.getParticipant().getName(), placement.getPeriod().getId());
    }

    static Reason sectorNotCompatible(Placement placement) {
        Participant participant = placement.getParticipant();
        return aboutPlacement(ReasonKeys.SECTOR_NOT_COMPATIBLE, placement, participant.getEmployer().getName(),
                participant.getSector(), placement.getHost().getSector());
    }

    static Reason commuteTooLong(Placement placement, Programme programme) {
        return aboutPlacement(ReasonKeys.COMMUTE_TOO_LONG, placement, placement.getCommute().km(),
                programme.maxCommuteKmFor(placement.getParticipant()));
    }

    /** {@code later} is null when the earlier visit is in the participant's history. */
    static Reason sameHostTwice(Placement earlier, Placement later) {
        if (later == null) {
            return aboutPlacement(ReasonKeys.SAME_HOST_TWICE_IN_HISTORY, earlier);
        }
        return aboutPlacement(ReasonKeys.SAME_HOST_TWICE_IN_PLAN, later, earlier.getPeriod().getId());
    }

    static Reason sameLayerTwice(Placement first, Placement next) {
        Participant participant = next.getParticipant();
        return Reason.of(ReasonKeys.SAME_LAYER_TWICE_IN_A_ROW, participant.getId(), next.getHost().getCode(),
                next.getPeriod().getId(), participant.getName(), first.getHost().getName(),
                first.getPeriod().getId(), next.getHost().getName(), next.getPeriod().getId());
    }

    static Reason tooFewLayers(Participant participant, int seen, int target) {
        return Reason.of(ReasonKeys.TOO_FEW_LAYERS, participant.getId(), null, null, participant.getName(), seen,
                target);
    }

    static Reason wishNotHonoured(Wish wish) {
        boolean byHost = wish.source() == WishSource.HOST;
        String periodId = wish.period() == null ? null : wish.period().getId();
        String key;
        if (periodId == null) {
            key = byHost ? ReasonKeys.WISH_OF_HOST_ANY_PERIOD : ReasonKeys.WISH_OF_PARTICIPANT_ANY_PERIOD;
        } else {
            key = byHost ? ReasonKeys.WISH_OF_HOST_IN_PERIOD : ReasonKeys.WISH_OF_PARTICIPANT_IN_PERIOD;
        }
        return Reason.of(key, wish.participant().getId(), wish.host().getCode(), periodId,
                wish.participant().getName(), wish.host().getName(), periodId == null ? "" : periodId);
    }

    /** The reason names the host the participant goes to now, or the published one when there is none. */
    static Reason changeToPublishedPlan(Placement placement) {
        Participant participant = placement.getParticipant();
        Organisation published = placement.getPublishedHost();
        String periodId = placement.getPeriod().getId();
        if (placement.getHost() == null) {
            return Reason.of(ReasonKeys.REMOVED_FROM_PUBLISHED_HOST, participant.getId(), published.getCode(), periodId,
                    participant.getName(), published.getName(), periodId);
        }
        return Reason.of(ReasonKeys.CHANGED_FROM_PUBLISHED_HOST, participant.getId(), placement.getHost().getCode(),
                periodId, participant.getName(), published.getName(), periodId, placement.getHost().getName());
    }

    /** Names whoever commutes most (by id when two are equal), against the mean, so the reason is about someone. */
    static Reason unfairCommute(Map<Participant, Long> totalKm, long unfairnessKm) {
        Map.Entry<Participant, Long> most = totalKm.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<Participant, Long> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().getId(), Comparator.reverseOrder()))
                .orElseThrow();
        long sum = totalKm.values().stream().mapToLong(Long::longValue).sum();
        long mean = Math.round((double) sum / totalKm.size());
        Participant participant = most.getKey();
        return Reason.of(ReasonKeys.UNFAIR_COMMUTE, participant.getId(), null, null, participant.getName(),
                most.getValue(), mean, totalKm.size(), unfairnessKm);
    }
}
