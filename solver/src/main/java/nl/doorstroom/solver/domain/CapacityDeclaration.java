package nl.doorstroom.solver.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a host declared it can take in one period: a slot.
 * A slot that names a discipline takes only participants of that discipline; a slot without one
 * takes participants whose discipline has no slot of its own at that host in that period. Disciplines are
 * compared as people write them ({@link TextKey}): a slot for {@code Water} takes a trainee in {@code water}.
 */
public final class CapacityDeclaration {

    private final Organisation host;
    private final Period period;
    /** Empty for a slot open to every discipline. */
    private final String discipline;
    private final int min;
    private final int max;
    /** Highest salary scale the host can take in this slot; null when there is no ceiling. */
    private final Integer maxSalaryScale;
    /** The discipline as compared. */
    private final String disciplineKey;
    /** Disciplines (as compared) named by any slot of the same host and period; filled by {@link #linkSlots}. */
    private Set<String> disciplinesNamedByHostInPeriod = Set.of();

    public CapacityDeclaration(Organisation host, Period period, String discipline, int min, int max,
            Integer maxSalaryScale) {
        this.host = Objects.requireNonNull(host);
        this.period = Objects.requireNonNull(period);
        this.discipline = discipline == null ? "" : discipline;
        this.disciplineKey = TextKey.of(this.discipline);
        this.min = min;
        this.max = max;
        this.maxSalaryScale = maxSalaryScale;
    }

    /** Tells every slot which disciplines its host named in that period, so it knows what it takes. */
    public static void linkSlots(Collection<CapacityDeclaration> declarations) {
        Map<String, Set<String>> named = new HashMap<>();
        for (CapacityDeclaration d : declarations) {
            Set<String> set = named.computeIfAbsent(d.hostPeriodKey(), k -> new HashSet<>());
            if (d.namesDiscipline()) {
                set.add(d.disciplineKey);
            }
        }
        for (CapacityDeclaration d : declarations) {
            d.disciplinesNamedByHostInPeriod = Set.copyOf(named.get(d.hostPeriodKey()));
        }
    }

    private String hostPeriodKey() {
        return host.getCode() + '\u0000' + period.getId();
    }

    public String getId() {
        return host.getCode() + "/" + period.getId() + (namesDiscipline() ? "/" + discipline : "");
    }

    public Organisation getHost() {
        return host;
    }

    public Period getPeriod() {
        return period;
    }

    public String getDiscipline() {
        return discipline;
    }

    public boolean namesDiscipline() {
        return !disciplineKey.isEmpty();
    }

    public int getMin() {
        return min;
    }

    public int getMax() {
        return max;
    }

    public Integer getMaxSalaryScale() {
        return maxSalaryScale;
    }

    /** Whether a participant of this discipline is counted against this slot. */
    public boolean isSlotFor(String participantDiscipline) {
        return isSlotForKey(TextKey.of(participantDiscipline));
    }

    /** Whether the participant is counted against this slot (their discipline's key is worked out once). */
    public boolean isSlotFor(Participant participant) {
        return isSlotForKey(participant.getDisciplineKey());
    }

    private boolean isSlotForKey(String key) {
        if (namesDiscipline()) {
            return disciplineKey.equals(key);
        }
        return !disciplinesNamedByHostInPeriod.contains(key);
    }

    public boolean isSlotFor(Placement placement) {
        return host.equals(placement.getHost()) && period.equals(placement.getPeriod())
                && isSlotFor(placement.getParticipant());
    }

    public boolean acceptsSalaryScale(int salaryScale) {
        return maxSalaryScale == null || salaryScale <= maxSalaryScale;
    }

    /** The disciplines the host named in this period, as compared (lower case, spaces collapsed). */
    public List<String> disciplinesNamedByHost() {
        return disciplinesNamedByHostInPeriod.stream().sorted().toList();
    }

    @Override
    public String toString() {
        return getId() + " [" + min + ".." + max + "]";
    }
}
