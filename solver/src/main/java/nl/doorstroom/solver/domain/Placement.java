package nl.doorstroom.solver.domain;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** Where one participant works in one period. The host is what the solver decides. */
@PlanningEntity
public class Placement {

    @PlanningId
    private String id;
    private Participant participant;
    private Period period;

    /** Null while unplanned, or for a junior pool member between assignments. */
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "possibleHosts")
    private Organisation host;

    /** Fixed by hand, or in a period that has started: the solver never moves it. */
    @PlanningPin
    private boolean pinned;

    /** The host in the published plan, when re-planning one; null otherwise. */
    private Organisation publishedHost;

    /** The hosts the solver chooses from, nearest first: see {@link PossibleHosts}. Worked out when first asked. */
    private List<Organisation> possibleHosts;
    /** Where {@link #possibleHosts} come from; null when they were given. */
    private PossibleHosts possibleHostsSource;
    /** Hosts set before the possible hosts were worked out, to add to them then. */
    private List<Organisation> hostsSetEarlier;

    public Placement() {
        // for the solver's cloning
    }

    public Placement(Participant participant, Period period, List<Organisation> possibleHosts) {
        this.id = idOf(participant, period);
        this.participant = participant;
        this.period = period;
        this.possibleHosts = possibleHosts;
    }

    /**
     * A placement whose possible hosts are worked out only when the solver asks for them: reading, explaining and
     * moving a large plan by hand then does not pay for every placement's range of hosts.
     */
    public Placement(Participant participant, Period period, PossibleHosts possibleHosts) {
        this.id = idOf(participant, period);
        this.participant = participant;
        this.period = period;
        this.possibleHostsSource = possibleHosts;
    }

    public static String idOf(Participant participant, Period period) {
        return participant.getId() + "@" + period.getId();
    }

    public String getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Period getPeriod() {
        return period;
    }

    public Organisation getHost() {
        return host;
    }

    /**
     * A host that is not a possible host (set by hand, or published before the facts changed) becomes a
     * value of this placement too, so the rules, not the solver's value-range check, say what is wrong
     * with it. The solver itself only chooses possible hosts.
     */
    public void setHost(Organisation host) {
        this.host = host;
        if (host == null) {
            return;
        }
        if (possibleHosts == null) {
            // a new list each time: the solver's clones copy this field and must not share additions
            List<Organisation> hosts = hostsSetEarlier == null ? new ArrayList<>() : new ArrayList<>(hostsSetEarlier);
            hosts.add(host);
            hostsSetEarlier = List.copyOf(hosts);
        } else if (!possibleHosts.contains(host)) {
            List<Organisation> hosts = new ArrayList<>(possibleHosts);
            hosts.add(host);
            possibleHosts = List.copyOf(hosts);
        }
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Organisation getPublishedHost() {
        return publishedHost;
    }

    public void setPublishedHost(Organisation publishedHost) {
        this.publishedHost = publishedHost;
    }

    PossibleHosts possibleHostsSource() {
        return possibleHostsSource;
    }

    @ValueRangeProvider(id = "possibleHosts")
    public List<Organisation> getPossibleHosts() {
        if (possibleHosts == null && possibleHostsSource != null) {
            List<Organisation> hosts = new ArrayList<>(possibleHostsSource.possible(participant, period).keySet());
            if (hostsSetEarlier != null) {
                hostsSetEarlier.stream().distinct().filter(h -> !hosts.contains(h)).forEach(hosts::add);
                hostsSetEarlier = null;
            }
            possibleHosts = List.copyOf(hosts);
        }
        return possibleHosts;
    }

    public boolean isAssigned() {
        return host != null;
    }

    public Layer getLayer() {
        return host == null ? null : host.getLayer();
    }

    /** Only meaningful when assigned. */
    public Commute getCommute() {
        return participant.commuteTo(host);
    }

    @Override
    public String toString() {
        return id + " -> " + (host == null ? "-" : host.getCode());
    }
}
