package nl.doorstroom.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme small enough to plan by hand: two trainees of the province, four hosts around
 * 's-Hertogenbosch, four half-year periods placed around today so that the first is past, the second
 * current and the last two still to come.
 */
public final class SmallProgramme {

    public static final List<String> HOSTS = List.of("PV30", "GM0796", "WS0654", "GM0828");
    /** A plan that breaks no hard rule: each trainee visits every host once, never two at one host. */
    public static final Map<String, List<String>> FEASIBLE = Map.of(
            "T1", List.of("PV30", "GM0796", "WS0654", "GM0828"),
            "T2", List.of("GM0796", "WS0654", "GM0828", "PV30"));

    private SmallProgramme() {
    }

    /** The first period started nine months before the first day of this month. */
    public static LocalDate firstPeriodStart(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(9);
    }

    public static Map<String, byte[]> files(LocalDate today) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("programme.csv", bytes("""
                setting,value
                name,Kleine proef
                first_period_start,%s
                period_count,4
                rotation_months,6
                max_commute_km,60
                layer_variety_target,3
                """.formatted(firstPeriodStart(today))));
        files.put("participants.csv", bytes("""
                id,name,kind,employer,salary_scale,discipline,home
                T1,Anna Bakker,TRAINEE,PV30,8,ruimte,'s-Hertogenbosch
                T2,Bram de Vries,TRAINEE,PV30,9,financiën,'s-Hertogenbosch
                """));
        StringBuilder capacity = new StringBuilder("host,period,discipline,min,max,max_salary_scale\n");
        LocalDate start = firstPeriodStart(today);
        for (int i = 0; i < 4; i++) {
            String period = periodId(start.plusMonths(6L * i));
            for (String host : HOSTS) {
                capacity.append(host).append(',').append(period).append(",,0,1,\n");
            }
        }
        files.put("capacity.csv", bytes(capacity.toString()));
        return files;
    }

    /** Periods are named after their start, as data/README.md says. */
    public static String periodId(LocalDate start) {
        return switch (start.getMonthValue()) {
            case 1 -> start.getYear() + "-H1";
            case 7 -> start.getYear() + "-H2";
            default -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
        };
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
