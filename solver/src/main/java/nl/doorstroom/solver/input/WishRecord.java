package nl.doorstroom.solver.input;

import nl.doorstroom.solver.domain.WishSource;

/** A wish; fields {@code participant, host, period, by}. A blank period means any period. */
public record WishRecord(Origin origin, String participant, String host, String period, WishSource by) {
}
