package nl.doorstroom.web.participant;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

import nl.doorstroom.web.publishing.PublishedPlans;

/**
 * Published placements as an iCalendar file: one all-day event per placement. The UID names programme,
 * participant and period, so when a new version moves a placement, a calendar that imports the file again
 * updates the event instead of adding a second one. A participant's calendar shows where they go; a host's
 * shows who comes.
 */
public final class PlacementCalendar {

    private PlacementCalendar() {
    }

    static byte[] of(long programmeId, String participantId, List<PlacementView> placements) {
        Calendar calendar = calendar();
        for (PlacementView placement : placements) {
            if (placement.hostCode() == null) {
                continue;
            }
            calendar.add(event(programmeId, participantId, placement.periodId(), placement.start(), placement.end(),
                    placement.hostName(), placement.town(), description(placement)));
        }
        return text(calendar);
    }

    /** Who comes to the host when: one event per placement there, named after the participant. */
    public static byte[] incoming(long programmeId, String hostCode, List<PublishedPlans.Placement> placements) {
        Calendar calendar = calendar();
        for (PublishedPlans.Placement placement : placements) {
            if (!hostCode.equals(placement.hostCode())) {
                continue;
            }
            calendar.add(event(programmeId, placement.participantId(), placement.periodId(), placement.start(),
                    placement.end(), placement.participantName(), placement.hostTown(),
                    "Plaatsing " + placement.periodId() + " van " + placement.participantName() + " bij "
                            + placement.hostName() + ", " + placement.start() + " t/m " + placement.end() + "."));
        }
        return text(calendar);
    }

    private static Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Doorstroom//Plaatsingen//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        return calendar;
    }

    private static VEvent event(long programmeId, String participantId, String periodId, LocalDate start,
            LocalDate end, String summary, String town, String description) {
        // DTEND of an all-day event is exclusive: the day after the last day at the host.
        VEvent event = new VEvent(start, end.plusDays(1), summary);
        event.add(new Uid("placement-" + programmeId + "-" + participantId + "-" + periodId + "@doorstroom"));
        if (town != null) {
            event.add(new Location(town));
        }
        event.add(new Description(description));
        return event;
    }

    private static byte[] text(Calendar calendar) {
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
