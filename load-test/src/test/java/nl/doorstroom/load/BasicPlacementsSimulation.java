package nl.doorstroom.load;

/** The same with HTTP Basic: BCrypt once per participant and minute, an HMAC of the remembered password otherwise. */
public class BasicPlacementsSimulation extends PlacementsSimulation {

    public BasicPlacementsSimulation() {
        super("200 participants with HTTP Basic", p -> LoadSetup.basic(p.username(), p.password()));
    }
}
