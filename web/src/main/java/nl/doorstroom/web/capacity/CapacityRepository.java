package nl.doorstroom.web.capacity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads capacity declarations; who may see which is decided by the callers. */
@Repository
class CapacityQueries {

    /** {@code discipline} is empty for a slot open to any discipline; {@code maxSalaryScale} null for no ceiling. */
    record DeclarationView(long id, long programmeId, String hostCode, String hostName, String periodId,
            String discipline, int min, int max, Integer maxSalaryScale, int version) {
    }

    private static final String SELECT = """
            select c.id, c.programme_id, c.host_code, o.name as host_name, c.period_id, c.discipline, c.min, c.max,
                   c.max_salary_scale, c.version
            from capacity_declaration c
            join organisation o on o.code = c.host_code
            join period p on p.programme_id = c.programme_id and p.id = c.period_id""";

    private final JdbcClient jdbc;

    CapacityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Null filters match everything. */
    List<DeclarationView> list(Long programmeId, String hostCode) {
        return jdbc.sql(SELECT + """
                 where (cast(:programme as bigint) is null or c.programme_id = :programme)
                   and (cast(:host as text) is null or c.host_code = :host)
                order by c.programme_id, c.host_code, p.idx, c.discipline""")
                .param("programme", programmeId).param("host", hostCode)
                .query(DeclarationView.class).list();
    }

    Optional<DeclarationView> find(long programmeId, long id) {
        return jdbc.sql(SELECT + " where c.programme_id = ? and c.id = ?").params(programmeId, id)
                .query(DeclarationView.class).optional();
    }

    List<String> periods(long programmeId) {
        return jdbc.sql("select id from period where programme_id = ? order by idx").param(programmeId)
                .query(String.class).list();
    }

    boolean organisationExists(String code) {
        return jdbc.sql("select count(*) from organisation where code = ?").param(code).query(Integer.class)
                .single() > 0;
    }

    /** Another declaration of the same host, period and discipline, other than {@code exceptId}. */
    boolean duplicate(long programmeId, String hostCode, String periodId, String discipline, long exceptId) {
        return jdbc.sql("""
                select count(*) from capacity_declaration
                where programme_id = ? and host_code = ? and period_id = ? and discipline = ? and id <> ?""")
                .params(programmeId, hostCode, periodId, discipline, exceptId).query(Integer.class).single() > 0;
    }

    /**
     * Draft placements at a host that no longer declares capacity in their period, in words. The planner only
     * places where capacity was declared, so such a placement must be moved before the capacity goes.
     */
    List<String> placementsWithoutCapacity(long programmeId) {
        return jdbc.sql("""
                select pl.participant_id, pl.period_id, pl.host_code from placement pl
                join period p on p.programme_id = pl.programme_id and p.id = pl.period_id
                where pl.programme_id = ? and pl.host_code is not null
                  and not exists (select 1 from capacity_declaration c where c.programme_id = pl.programme_id
                                  and c.host_code = pl.host_code and c.period_id = pl.period_id)
                order by p.idx, pl.participant_id""")
                .param(programmeId)
                .query((rs, i) -> "the draft places " + rs.getString(1) + " at " + rs.getString(3) + " in "
                        + rs.getString(2) + ", which needs a capacity declaration of " + rs.getString(3)
                        + " in that period; move the placement first")
                .list();
    }
}
