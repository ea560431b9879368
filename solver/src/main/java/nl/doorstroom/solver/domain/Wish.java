package nl.doorstroom.solver.domain;

import java.util.Objects;

/**
 * A wish that a participant works at a host: stated by the participant or by the host.
 * With a period it is about that period; without, any period will do.
 */
public record Wish(WishSource source, Participant participant, Organisation host, Period period) {

    public Wish {
        Objects.requireNonNull(source);
        Objects.requireNonNull(participant);
        Objects.requireNonNull(host);
    }

    public boolean isFulfilledBy(Placement placement) {
        return placement.getParticipant().equals(participant) && host.equals(placement.getHost())
                && (period == null || period.equals(placement.getPeriod()));
    }
}
