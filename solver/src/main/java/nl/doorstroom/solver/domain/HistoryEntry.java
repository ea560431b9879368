package nl.doorstroom.solver.domain;

/** An earlier placement, before this programme's periods; {@code period} is a free label such as 2026-H2. */
public record HistoryEntry(Organisation host, String period) {
}
