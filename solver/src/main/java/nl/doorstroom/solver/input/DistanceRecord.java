package nl.doorstroom.solver.input;

/** A real road distance from a participant's home to a host; fields {@code participant, host, km, minutes}. */
public record DistanceRecord(Origin origin, String participant, String host, Integer km, Integer minutes) {
}
