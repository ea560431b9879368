package nl.doorstroom.solver.input;

/**
 * Where a Dutch public programme's homes and hosts can be: in the Netherlands, or not far beyond its border (a
 * trainee may live in Belgium or Germany). The shape is the convex hull of the CBS/PDOK generalised municipal
 * outlines (data/reference/municipalities-2025.geojson; NetherlandsTest checks it against them): generous, as
 * it takes in a strip of Flanders and of the North Sea coast, and cheap, 23 corners.
 */
public final class Netherlands {

    /** How far beyond the border a home or host may be before it is questioned. */
    public static final int MARGIN_KM = 50;

    /** Latitude, longitude of the hull's corners, in order around it. */
    static final double[][] HULL = {
            {51.315, 3.358}, {51.292, 3.370}, {51.257, 3.407}, {51.242, 3.450}, {50.755, 5.695}, {50.751, 5.921},
            {50.754, 6.021}, {52.241, 7.066}, {53.011, 7.213}, {53.198, 7.218}, {53.215, 7.217}, {53.236, 7.206},
            {53.440, 6.882}, {53.450, 6.865}, {53.551, 6.505}, {53.554, 6.487}, {53.470, 5.652}, {53.404, 5.251},
            {53.395, 5.201}, {53.222, 4.854}, {53.068, 4.724}, {51.542, 3.438}, {51.372, 3.370}};

    private static final double KM_PER_DEGREE_LATITUDE = 110.57;
    private static final double KM_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111.32;

    private Netherlands() {
    }

    /** Whether the point lies in the Netherlands or within {@link #MARGIN_KM} of it. */
    public static boolean isNear(double latitude, double longitude) {
        return kmOutside(latitude, longitude) <= MARGIN_KM;
    }

    /**
     * How far the point lies outside the shape, in whole kilometres; 0 inside. Distances are measured on a flat
     * map around the point, which is close enough at this scale.
     */
    public static int kmOutside(double latitude, double longitude) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude) || Math.abs(latitude) > 90
                || Math.abs(longitude) > 180) {
            return Integer.MAX_VALUE;
        }
        double kmPerDegreeLongitude = KM_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos(Math.toRadians(latitude));
        boolean inside = false;
        double nearest = Double.MAX_VALUE;
        for (int i = 0, j = HULL.length - 1; i < HULL.length; j = i++) {
            double[] a = HULL[j];
            double[] b = HULL[i];
            if ((a[0] > latitude) != (b[0] > latitude)
                    && longitude < (b[1] - a[1]) * (latitude - a[0]) / (b[0] - a[0]) + a[1]) {
                inside = !inside;
            }
            double ax = (a[1] - longitude) * kmPerDegreeLongitude;
            double ay = (a[0] - latitude) * KM_PER_DEGREE_LATITUDE;
            double bx = (b[1] - longitude) * kmPerDegreeLongitude;
            double by = (b[0] - latitude) * KM_PER_DEGREE_LATITUDE;
            nearest = Math.min(nearest, distanceToSegment(ax, ay, bx, by));
        }
        return inside ? 0 : (int) Math.min(Integer.MAX_VALUE - 1, Math.round(nearest));
    }

    /** Distance from the origin to the segment a–b. */
    private static double distanceToSegment(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        double x = ax + t * dx;
        double y = ay + t * dy;
        return Math.sqrt(x * x + y * y);
    }
}
