package nl.doorstroom.solver.domain;

/** The layer of government an organisation belongs to. */
public enum Layer {
    MUNICIPALITY("gemeente"),
    PROVINCE("provincie"),
    WATER_BOARD("waterschap"),
    MINISTRY("ministerie"),
    /** A pool employer or other body that is not itself a layer of government. */
    OTHER("overig");

    private final String dutchName;

    Layer(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }
}
