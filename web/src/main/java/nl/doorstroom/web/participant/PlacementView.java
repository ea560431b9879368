package nl.doorstroom.web.participant;

import java.time.LocalDate;

/**
 * A participant's placement in the latest published version, as the participant sees it. Host and commute
 * are null in a period a pool member spends between assignments.
 */
record PlacementView(String periodId, LocalDate start, LocalDate end, String hostCode, String hostName,
        String town, String layer, Integer commuteKm, Integer commuteMinutes, When when) {

    enum When {
        PAST, CURRENT, UPCOMING;

        static When of(LocalDate start, LocalDate end, LocalDate today) {
            if (end.isBefore(today)) {
                return PAST;
            }
            return start.isAfter(today) ? UPCOMING : CURRENT;
        }
    }
}
