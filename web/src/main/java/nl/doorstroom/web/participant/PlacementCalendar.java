package nl.doorstroom.web.participant;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Published placements as an iCalendar file: one all-day event per placement. The UID names programme,
 * participant and period, so when a new version moves a placement, a calendar that imports the file again
 * updates the event instead of adding a second one.
 */
final class PlacementCalendar {

    private PlacementCalendar() {
    }

    static byte[] of(long programmeId, String participantId, List<PlacementView> placements) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Doorstroom//Plaatsingen//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (PlacementView placement : placements) {
            if (placement.hostCode() == null) {
                continue;
            }
            // DTEND of an all-day event is exclusive: the day after the last day at the host.
            VEvent event = new VEvent(placement.start(), placement.end().plusDays(1), placement.hostName());
            event.add(new Uid("placement-" + programmeId + "-" + participantId + "-" + placement.periodId()
                    + "@doorstroom"));
            event.add(new Location(placement.town()));
            event.add(new Description(description(placement)));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String description(PlacementView placement) {
        return "Plaatsing " + placement.periodId() + " bij " + placement.hostName() + " (" + placement.hostCode()
                + "), " + placement.start() + " t/m " + placement.end() + ". Woon-werk: " + placement.commuteKm()
                + " km, " + placement.commuteMinutes() + " minuten enkele reis.";
    }
}
