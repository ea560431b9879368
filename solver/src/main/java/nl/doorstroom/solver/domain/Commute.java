package nl.doorstroom.solver.domain;

/** Travel from a participant's home to a host: road distance and travel time, one way. */
public record Commute(int km, int minutes) {

    /** Roads are longer than the straight line; 1.3 is the usual Dutch detour factor. */
    public static final double ROAD_FACTOR = 1.3;
    /** Door-to-door average speed, including getting in and out of town. */
    public static final double AVERAGE_KM_PER_HOUR = 60.0;
    /** Fixed time for parking, walking or waiting, added to every trip. */
    public static final int FIXED_MINUTES = 10;

    /** The estimate used where no distance matrix gives the real figures. */
    public static Commute estimate(Location home, Location work) {
        double roadKm = home.greatCircleKmTo(work) * ROAD_FACTOR;
        int km = (int) Math.round(roadKm);
        int minutes = FIXED_MINUTES + (int) Math.round(roadKm / AVERAGE_KM_PER_HOUR * 60);
        return new Commute(km, minutes);
    }
}
