package nl.doorstroom.solver.input;

import java.util.List;

import nl.doorstroom.solver.domain.ParticipantKind;

/**
 * A participant as given; fields {@code id, name, kind, employer, salary_scale, discipline, home, home_latitude,
 * home_longitude, first_period, last_period, unavailable, max_commute_km, email}. {@code home} is a municipality's code
 * or name; with both coordinates it is only a label.
 */
public record ParticipantRecord(Origin origin, String id, String name, ParticipantKind kind, String employer,
        Integer salaryScale, String discipline, String home, Double homeLatitude, Double homeLongitude,
        String firstPeriod, String lastPeriod, List<String> unavailable, Integer maxCommuteKm, String email) {

    public ParticipantRecord {
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }
}
