package nl.doorstroom.solver.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.doorstroom.solver.domain.Period;

/** The programme's periods and their names, and looking a period up by the id an input gives. */
public final class Periods {

    private final Map<String, Period> byId = new LinkedHashMap<>();
    /** False when the settings could not give the periods: then references are not checked. */
    private final boolean known;

    private Periods(List<Period> periods, boolean known) {
        periods.forEach(p -> byId.put(p.getId(), p));
        this.known = known;
    }

    static Periods unknown() {
        return new Periods(List.of(), false);
    }

    public static Periods generate(LocalDate firstStart, int count, int rotationMonths) {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = firstStart.plusMonths((long) i * rotationMonths);
            LocalDate end = firstStart.plusMonths((long) (i + 1) * rotationMonths).minusDays(1);
            periods.add(new Period(name(start, rotationMonths), i, start, end));
        }
        return new Periods(periods, true);
    }

    /** {@code 2027-H1}/{@code 2027-H2} for half-years from January or July, else {@code 2027-03}. */
    static String name(LocalDate start, int rotationMonths) {
        boolean halfYear = rotationMonths == 6 && start.getDayOfMonth() == 1
                && (start.getMonthValue() == 1 || start.getMonthValue() == 7);
        if (halfYear) {
            return start.getYear() + (start.getMonthValue() == 1 ? "-H1" : "-H2");
        }
        return String.format("%04d-%02d", start.getYear(), start.getMonthValue());
    }

    public List<Period> list() {
        return List.copyOf(byId.values());
    }

    boolean isKnown() {
        return known;
    }

    Period first() {
        return byId.values().iterator().next();
    }

    Period last() {
        List<Period> list = list();
        return list.get(list.size() - 1);
    }

    /** The period, or null: reported when the periods are known, silently otherwise. */
    Period find(Origin origin, String field, String value, Problems problems) {
        Period period = byId.get(value.strip().toUpperCase(Locale.ROOT));
        if (period == null && known) {
            problems.at(origin, field, "period.unknown", value, String.join(", ", byId.keySet()));
        }
        return period;
    }
}
