package nl.doorstroom.solver.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.doorstroom.solver.domain.Period;

/**
 * The programme's periods and their names, and looking a period up by the id an input gives. When a setting the
 * periods depend on is wrong, the ids are still checked as far as the settings that are right allow: against the
 * names the periods would have from the first start on (when only the number of periods is wrong), or against the
 * form of a period id (when the start or the rotation is wrong). A coordinator then fixes every period id in one
 * go, not after the settings.
 */
public final class Periods {

    /** {@code 2027-H1}, {@code 2027-H2} or {@code 2027-03}. */
    private static final Pattern ID_FORM = Pattern.compile("\\d{4}-(H[12]|0[1-9]|1[0-2])");

    private enum Knowledge {
        /** Every period: ids are looked up. */
        ALL,
        /** Start and rotation: an id must be one of the names from the first period on. */
        FROM_START,
        /** Nothing: an id must have a period id's form. */
        FORM
    }

    private final Map<String, Period> byId = new LinkedHashMap<>();
    private List<Period> list;
    private final Knowledge knowledge;
    private final LocalDate firstStart;
    private final int rotationMonths;
    /** With {@link Knowledge#FROM_START}: the names periods can have, as many as a programme may have. */
    private final Set<String> namesFromStart = new HashSet<>();

    private Periods(List<Period> periods, Knowledge knowledge, LocalDate firstStart, int rotationMonths) {
        periods.forEach(p -> byId.put(p.getId(), p));
        this.knowledge = knowledge;
        this.firstStart = firstStart;
        this.rotationMonths = rotationMonths;
        if (knowledge == Knowledge.FROM_START) {
            for (int i = 0; i < Limits.PERIOD_COUNT.max(); i++) {
                namesFromStart.add(name(firstStart.plusMonths((long) i * rotationMonths), rotationMonths));
            }
        }
    }

    /** Nothing is known of the periods: ids are checked for their form only. */
    static Periods unknown() {
        return new Periods(List.of(), Knowledge.FORM, null, 0);
    }

    /** The number of periods is not known: ids are checked against the names from the first period on. */
    static Periods from(LocalDate firstStart, int rotationMonths) {
        return new Periods(List.of(), Knowledge.FROM_START, firstStart, rotationMonths);
    }

    public static Periods generate(LocalDate firstStart, int count, int rotationMonths) {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = firstStart.plusMonths((long) i * rotationMonths);
            LocalDate end = firstStart.plusMonths((long) (i + 1) * rotationMonths).minusDays(1);
            periods.add(new Period(name(start, rotationMonths), i, start, end));
        }
        return new Periods(periods, Knowledge.ALL, firstStart, rotationMonths);
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

    /** In order; the same list each time, as it is asked for per participant. */
    public List<Period> list() {
        if (list == null) {
            list = List.copyOf(byId.values());
        }
        return list;
    }

    /** Whether every period is known, so ids resolve to periods. */
    boolean isKnown() {
        return knowledge == Knowledge.ALL;
    }

    Period first() {
        return byId.values().iterator().next();
    }

    Period last() {
        List<Period> list = list();
        return list.get(list.size() - 1);
    }

    /**
     * The period, or null: reported when it cannot be a period of the programme as far as the settings tell.
     * Without all periods known, the answer is null either way (the settings' problem refuses the programme).
     */
    Period find(Origin origin, String field, String value, Problems problems) {
        String id = value.strip().toUpperCase(Locale.ROOT);
        switch (knowledge) {
            case ALL -> {
                Period period = byId.get(id);
                if (period == null) {
                    problems.at(origin, field, "period.unknown", value, String.join(", ", byId.keySet()));
                }
                return period;
            }
            case FROM_START -> {
                if (!namesFromStart.contains(id)) {
                    problems.at(origin, field, "period.notFromStart", value, name(firstStart, rotationMonths),
                            name(firstStart.plusMonths(rotationMonths), rotationMonths));
                }
                return null;
            }
            default -> {
                if (!ID_FORM.matcher(id).matches()) {
                    problems.at(origin, field, "period.badForm", value);
                }
                return null;
            }
        }
    }
}
