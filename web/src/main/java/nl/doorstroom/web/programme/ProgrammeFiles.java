package nl.doorstroom.web.programme;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A stored programme written out as the files of a programme folder (data/README.md). */
final class ProgrammeFiles {

    private final JdbcClient jdbc;
    private final long programmeId;

    ProgrammeFiles(JdbcClient jdbc, long programmeId) {
        this.jdbc = jdbc;
        this.programmeId = programmeId;
    }

    Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("programme.csv", settings());
        files.put("organisations.csv", organisations());
        files.put("compatibility.csv", table(new CsvText("employer_sector", "host_sector", "compatibility"), """
                select employer_sector, host_sector, compatibility from compatibility
                where programme_id = :programme order by employer_sector, host_sector"""));
        files.put("participants.csv", participants());
        files.put("history.csv", table(new CsvText("participant", "host", "period"), """
                select participant_id, host_code, period_label from history_entry
                where programme_id = :programme order by participant_id, id"""));
        files.put("distances.csv", table(new CsvText("participant", "host", "km", "minutes"), """
                select participant_id, host_code, km, minutes from known_commute
                where programme_id = :programme order by participant_id, host_code"""));
        files.put("capacity.csv", table(new CsvText("host", "period", "discipline", "min", "max", "max_salary_scale"),
                """
                select c.host_code, c.period_id, c.discipline, c.min, c.max, c.max_salary_scale
                from capacity_declaration c join period p on p.programme_id = c.programme_id and p.id = c.period_id
                where c.programme_id = :programme order by c.host_code, p.idx, c.discipline"""));
        files.put("wishes.csv", table(new CsvText("participant", "host", "period", "by"), """
                select participant_id, host_code, period_id, source from wish
                where programme_id = :programme order by participant_id, id"""));
        files.put("placements.csv", table(new CsvText("participant", "period", "host", "pinned"), """
                select pl.participant_id, pl.period_id, pl.host_code, pl.pinned
                from placement pl join period p on p.programme_id = pl.programme_id and p.id = pl.period_id
                where pl.programme_id = :programme order by pl.participant_id, p.idx"""));
        return files;
    }

    private byte[] settings() {
        CsvText csv = new CsvText("setting", "value");
        jdbc.sql("""
                select name, first_period_start, period_count, rotation_months, max_commute_km, layer_variety_target
                from programme where id = ?""").param(programmeId).query(rs -> {
            csv.row("name", rs.getString(1)).row("first_period_start", rs.getDate(2).toLocalDate())
                    .row("period_count", rs.getInt(3)).row("rotation_months", rs.getInt(4))
                    .row("max_commute_km", rs.getInt(5)).row("layer_variety_target", rs.getInt(6));
        });
        jdbc.sql("select rule, weight from programme_weight where programme_id = :programme order by rule")
                .param("programme", programmeId)
                .query(rs -> {
                    csv.row("weight." + rs.getString(1), rs.getString(2));
                });
        return csv.bytes();
    }

    /** Every organisation the programme mentions, as stored (a programme may have replaced reference rows). */
    private byte[] organisations() {
        return table(new CsvText("code", "name", "layer", "sector", "town", "latitude", "longitude"), """
                select code, name, layer, sector, town, latitude, longitude from organisation where code in (
                    select employer_code from participant where programme_id = :programme
                    union select host_code from capacity_declaration where programme_id = :programme
                    union select host_code from history_entry where programme_id = :programme
                    union select host_code from wish where programme_id = :programme
                    union select host_code from known_commute where programme_id = :programme
                    union select host_code from placement where programme_id = :programme and host_code is not null)
                order by code""");
    }

    private byte[] participants() {
        CsvText csv = new CsvText("id", "name", "kind", "employer", "salary_scale", "discipline", "home",
                "home_latitude", "home_longitude", "first_period", "last_period", "unavailable", "max_commute_km");
        jdbc.sql("""
                select p.id, p.name, p.kind, p.employer_code, p.salary_scale, p.discipline, p.home, p.home_latitude,
                       p.home_longitude, p.first_period, p.last_period,
                       (select string_agg(u.period_id, '|' order by u.period_id) from participant_unavailable u
                        where u.programme_id = p.programme_id and u.participant_id = p.id),
                       p.max_commute_km
                from participant p where p.programme_id = ? order by p.id""").param(programmeId).query(rs -> {
            Object[] row = new Object[13];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            csv.row(row);
        });
        return csv.bytes();
    }

    /** Each selected row as a CSV row, columns in select order; the query names the programme id :programme. */
    private byte[] table(CsvText csv, String sql) {
        jdbc.sql(sql).param("programme", programmeId).query(rs -> {
            int columns = rs.getMetaData().getColumnCount();
            Object[] row = new Object[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = rs.getObject(i + 1);
            }
            csv.row(row);
        });
        return csv.bytes();
    }
}
