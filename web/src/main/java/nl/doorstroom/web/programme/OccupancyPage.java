package nl.doorstroom.web.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.doorstroom.web.system.NotFoundException;

/** Per host and period: how many are placed in the draft against the declared minimum and maximum. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class OccupancyPage {

    /** One host in one period; {@code declared} false where the host declared nothing for it. */
    record Cell(boolean declared, int placed, int min, int max) {

        public boolean belowMin() {
            return declared && placed < min;
        }

        public boolean aboveMax() {
            return placed > max;
        }
    }

    record Row(String code, String name, String layer, Map<String, Cell> cells) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeQueries queries;

    OccupancyPage(JdbcClient jdbc, ProgrammeQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @GetMapping("/programmes/{id}/occupancy")
    String occupancy(@PathVariable long id, Model model) {
        model.addAttribute("programme", queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id)));
        List<ProgrammeQueries.PeriodView> periods = queries.periods(id);
        model.addAttribute("periods", periods);
        model.addAttribute("rows", rows(id));
        return "programme/occupancy";
    }

    private List<Row> rows(long id) {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select o.code, o.name, o.layer, pe.id,
                       (select count(*) from capacity_declaration c where c.programme_id = pe.programme_id
                            and c.host_code = o.code and c.period_id = pe.id) > 0,
                       (select count(*) from placement pl where pl.programme_id = pe.programme_id
                            and pl.host_code = o.code and pl.period_id = pe.id),
                       coalesce((select sum(c.min) from capacity_declaration c where c.programme_id = pe.programme_id
                            and c.host_code = o.code and c.period_id = pe.id), 0),
                       coalesce((select sum(c.max) from capacity_declaration c where c.programme_id = pe.programme_id
                            and c.host_code = o.code and c.period_id = pe.id), 0)
                from organisation o cross join period pe
                where pe.programme_id = :programme
                  and o.code in (select host_code from capacity_declaration where programme_id = :programme
                                 union select host_code from placement where programme_id = :programme)
                order by o.layer, o.name, pe.idx""")
                .param("programme", id)
                .query(rs -> {
                    Row row = rows.computeIfAbsent(rs.getString(1),
                            code -> new Row(code, sqlText(rs, 2), sqlText(rs, 3), new LinkedHashMap<>()));
                    row.cells().put(rs.getString(4), new Cell(rs.getBoolean(5), rs.getInt(6), rs.getInt(7),
                            rs.getInt(8)));
                });
        return List.copyOf(rows.values());
    }

    private static String sqlText(java.sql.ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
