package nl.doorstroom.solver.input;

/**
 * A position given as latitude and longitude (a host in organisations.csv, an exact home): decimal degrees within
 * their range, and a place in or near the Netherlands. Where the numbers would fit once a decimal mark is moved
 * (a spreadsheet read 51,56 as 5156, or a decimal comma split a number), the problem says so.
 */
final class Coordinates {

    /** Around {@link Netherlands}, for guessing which power of ten a moved decimal mark cost. */
    private static final Range NEAR_LATITUDE = Range.decimal(50.25, 54.05);
    private static final Range NEAR_LONGITUDE = Range.decimal(2.6, 8.0);

    private Coordinates() {
    }

    /** True when both are within range and near the Netherlands; false after reporting. Unread values are skipped. */
    static boolean check(Origin origin, String latitudeField, String longitudeField, Double latitude,
            Double longitude, Problems problems) {
        boolean latitudeOk = inRange(origin, latitudeField, latitude, Limits.LATITUDE, NEAR_LATITUDE, problems);
        boolean longitudeOk = inRange(origin, longitudeField, longitude, Limits.LONGITUDE, NEAR_LONGITUDE, problems);
        if (!latitudeOk || !longitudeOk) {
            return false;
        }
        int kmOutside = Netherlands.kmOutside(latitude, longitude);
        if (kmOutside <= Netherlands.MARGIN_KM) {
            return true;
        }
        Double shiftedLatitude = shiftedInto(latitude, NEAR_LATITUDE);
        Double shiftedLongitude = shiftedInto(longitude, NEAR_LONGITUDE);
        if (shiftedLatitude != null && shiftedLongitude != null
                && Netherlands.isNear(shiftedLatitude, shiftedLongitude)) {
            problems.at(origin, latitudeField, "location.outsideShifted", Range.number(latitude),
                    Range.number(longitude), kmOutside, Range.number(shiftedLatitude), Range.number(shiftedLongitude));
        } else {
            problems.at(origin, latitudeField, "location.outside", Range.number(latitude), Range.number(longitude),
                    kmOutside, Netherlands.MARGIN_KM);
        }
        return false;
    }

    private static boolean inRange(Origin origin, String field, Double value, Range range, Range near,
            Problems problems) {
        if (value.isNaN() || value.isInfinite()) {
            problems.at(origin, field, "number.outside", origin.label(field), String.valueOf(value),
                    Range.number(range.min()), Range.number(range.max()));
            return false;
        }
        if (range.contains(value)) {
            return true;
        }
        Double shifted = shiftedInto(value, near);
        if (shifted != null) {
            problems.at(origin, field, "number.outsideShifted", origin.label(field), Range.number(value),
                    Range.number(range.min()), Range.number(range.max()), Range.number(shifted));
        } else {
            problems.at(origin, field, "number.outside", origin.label(field), Range.number(value),
                    Range.number(range.min()), Range.number(range.max()));
        }
        return false;
    }

    /** The value with its decimal mark moved left by as few places as put it in {@code near}; null when none does. */
    private static Double shiftedInto(double value, Range near) {
        if (near.contains(value)) {
            return value;
        }
        double shifted = value;
        for (int places = 1; places <= 8; places++) {
            shifted /= 10;
            if (near.contains(shifted)) {
                return new java.math.BigDecimal(Double.toString(value)).movePointLeft(places).doubleValue();
            }
        }
        return null;
    }
}
