package nl.doorstroom.web.capacity;

/**
 * A coordinator created, changed or deleted a host's capacity declaration ({@code before} is null for a new one,
 * {@code after} for a deleted one). The host depends on it, so it is told once the change is committed.
 */
public record CapacityChangedByCoordinator(long programmeId, CapacityRepository.DeclarationView before,
        CapacityRepository.DeclarationView after) {

    public String hostCode() {
        return after != null ? after.hostCode() : before.hostCode();
    }

    public String periodId() {
        return after != null ? after.periodId() : before.periodId();
    }
}
