package nl.doorstroom.solver.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A trainee or junior pool member whose placements are planned. */
public final class Participant {

    private final String id;
    private final String name;
    private final ParticipantKind kind;
    private final Organisation employer;
    private final int salaryScale;
    /** Empty when the participant has no particular discipline. */
    private final String discipline;
    /** The discipline as slots compare it ({@link TextKey}). */
    private final String disciplineKey;
    private final String homeTown;
    private final Location home;
    /** Overrides the programme's maximum commute; null when the programme's applies. */
    private final Integer maxCommuteKm;
    private final Period firstPeriod;
    private final Period lastPeriod;
    private final Set<Period> unavailablePeriods;
    private final List<HistoryEntry> history;
    /** Road distances from a distance matrix, by host code; estimated for hosts not in it. */
    private final Map<String, Commute> knownCommutes;
    /** Where the participant's invitation to sign in goes; null when unknown. */
    private final String email;

    public Participant(String id, String name, ParticipantKind kind, Organisation employer, int salaryScale,
            String discipline, String homeTown, Location home, Integer maxCommuteKm, Period firstPeriod,
            Period lastPeriod, Set<Period> unavailablePeriods, List<HistoryEntry> history,
            Map<String, Commute> knownCommutes) {
        this(id, name, kind, employer, salaryScale, discipline, homeTown, home, maxCommuteKm, firstPeriod, lastPeriod,
                unavailablePeriods, history, knownCommutes, null);
    }

    public Participant(String id, String name, ParticipantKind kind, Organisation employer, int salaryScale,
            String discipline, String homeTown, Location home, Integer maxCommuteKm, Period firstPeriod,
            Period lastPeriod, Set<Period> unavailablePeriods, List<HistoryEntry> history,
            Map<String, Commute> knownCommutes, String email) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.employer = Objects.requireNonNull(employer);
        this.salaryScale = salaryScale;
        this.discipline = discipline == null ? "" : discipline;
        this.disciplineKey = TextKey.of(this.discipline);
        this.homeTown = Objects.requireNonNull(homeTown);
        this.home = Objects.requireNonNull(home);
        this.maxCommuteKm = maxCommuteKm;
        this.firstPeriod = Objects.requireNonNull(firstPeriod);
        this.lastPeriod = Objects.requireNonNull(lastPeriod);
        this.unavailablePeriods = Set.copyOf(unavailablePeriods);
        this.history = List.copyOf(history);
        this.knownCommutes = Map.copyOf(knownCommutes);
        this.email = email;
    }

    /** The participant's e-mail address, or null. */
    public String getEmail() {
        return email;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public boolean isTrainee() {
        return kind == ParticipantKind.TRAINEE;
    }

    public Organisation getEmployer() {
        return employer;
    }

    public Sector getSector() {
        return employer.getSector();
    }

    public int getSalaryScale() {
        return salaryScale;
    }

    public String getDiscipline() {
        return discipline;
    }

    public String getDisciplineKey() {
        return disciplineKey;
    }

    public String getHomeTown() {
        return homeTown;
    }

    public Location getHome() {
        return home;
    }

    public Integer getMaxCommuteKm() {
        return maxCommuteKm;
    }

    public Period getFirstPeriod() {
        return firstPeriod;
    }

    public Period getLastPeriod() {
        return lastPeriod;
    }

    public Set<Period> getUnavailablePeriods() {
        return unavailablePeriods;
    }

    /** Active in the period and not unavailable: the participant needs a placement then. */
    public boolean isPlannedIn(Period period) {
        return period.getIndex() >= firstPeriod.getIndex() && period.getIndex() <= lastPeriod.getIndex()
                && !unavailablePeriods.contains(period);
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public boolean hasWorkedAt(Organisation host) {
        for (HistoryEntry entry : history) {
            if (entry.host().equals(host)) {
                return true;
            }
        }
        return false;
    }

    public Map<String, Commute> getKnownCommutes() {
        return knownCommutes;
    }

    public Commute commuteTo(Organisation host) {
        Commute known = knownCommutes.get(host.getCode());
        return known != null ? known : Commute.estimate(home, host.getLocation());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Participant other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
