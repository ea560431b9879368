package nl.doorstroom.load;

/** The participants' scripts send their personal API token: a SHA-256 and one indexed lookup per request. */
public class TokenPlacementsSimulation extends PlacementsSimulation {

    public TokenPlacementsSimulation() {
        super("200 participants with API tokens", p -> "Bearer " + p.token());
    }
}
