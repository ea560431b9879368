package nl.doorstroom.solver.benchmark;

import java.util.Set;

/**
 * The four benchmark sizes of issue 6. Each has its own fixed seed, so an instance is the same on
 * every machine and every run.
 */
public enum InstanceSize {

    /** One province (Utrecht): the province, its water board and its 13 largest municipalities. */
    S(40, 4, 15, Set.of("PV26"), 101L),
    /** Two provinces (Utrecht, Zuid-Holland), with the ministries in Den Haag. */
    M(200, 4, 60, Set.of("PV26", "PV28"), 202L),
    /** Nationwide: every province, water board and ministry, and the largest municipalities. */
    L(1_000, 6, 250, Set.of(), 303L),
    /** Every organisation in data/reference/organisations.csv. */
    XL(5_000, 8, Integer.MAX_VALUE, Set.of(), 404L);

    private final int participants;
    private final int periods;
    private final int hosts;
    /** Province codes the instance is confined to; empty for the whole country. */
    private final Set<String> provinces;
    private final long seed;

    InstanceSize(int participants, int periods, int hosts, Set<String> provinces, long seed) {
        this.participants = participants;
        this.periods = periods;
        this.hosts = hosts;
        this.provinces = provinces;
        this.seed = seed;
    }

    public int participants() {
        return participants;
    }

    public int periods() {
        return periods;
    }

    /** Upper bound on the number of hosts; {@link Integer#MAX_VALUE} for every organisation. */
    public int hosts() {
        return hosts;
    }

    public Set<String> provinces() {
        return provinces;
    }

    public boolean nationwide() {
        return provinces.isEmpty();
    }

    public long seed() {
        return seed;
    }
}
