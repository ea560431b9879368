package nl.doorstroom.solver.input;

/** An earlier placement of a participant; fields {@code participant, host, period} (a free label). */
public record HistoryRecord(Origin origin, String participant, String host, String period) {
}
