package nl.doorstroom.solver.constraints;

import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a rule matched, in terms a coordinator knows: which participant, host and period it is about.
 * The words come from the message bundle {@code nl.doorstroom.solver.explain.reasons}: {@code key}
 * names the message and {@code args} fill it, so the same reason reads in Dutch and in English.
 *
 * @param participantId null when the reason is about a host's slot rather than one participant
 * @param hostCode null when no host is involved (an unplaced participant)
 * @param periodId null when the reason spans periods (layer variety)
 */
public record Reason(String key, String participantId, String hostCode, String periodId, List<String> args)
        implements ConstraintJustification, Comparable<Reason> {

    public Reason {
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    public static Reason of(String key, String participantId, String hostCode, String periodId, Object... args) {
        return new Reason(key, participantId, hostCode, periodId,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public boolean concernsParticipant(String id) {
        return id.equals(participantId);
    }

    @Override
    public int compareTo(Reason other) {
        int byPeriod = String.valueOf(periodId).compareTo(String.valueOf(other.periodId));
        if (byPeriod != 0) {
            return byPeriod;
        }
        int byParticipant = String.valueOf(participantId).compareTo(String.valueOf(other.participantId));
        return byParticipant != 0 ? byParticipant : key.compareTo(other.key);
    }
}
