package nl.doorstroom.web.programme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Everything a coordinator sees first about a programme. */
@Repository
class ProgrammeOverviews {

    record HostSummary(String code, String name, String layer, int periods, int min, int max) {
    }

    record JobSummary(String status, String bestScore, OffsetDateTime requestedAt, OffsetDateTime endedAt) {
    }

    record VersionSummary(int number, OffsetDateTime publishedAt, String publishedBy, String score) {
    }

    record Overview(ProgrammeQueries.ProgrammeView programme, List<ProgrammeQueries.PeriodView> periods,
            List<ProgrammeQueries.ParticipantView> participants, List<HostSummary> hosts, int placed,
            int placements, int pinned, Optional<JobSummary> lastJob, Optional<VersionSummary> lastVersion) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeQueries queries;

    ProgrammeOverviews(JdbcClient jdbc, ProgrammeQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    Optional<Overview> of(long id) {
        return queries.find(id).map(programme -> new Overview(programme, queries.periods(id),
                queries.participants(id), hosts(id),
                count("select count(*) from placement where programme_id = ? and host_code is not null", id),
                count("select count(*) from placement where programme_id = ?", id),
                count("select count(*) from placement where programme_id = ? and pinned", id),
                jdbc.sql("""
                        select status, best_score, requested_at, ended_at from solver_job
                        where programme_id = ? order by id desc limit 1""").param(id)
                        .query((rs, i) -> new JobSummary(rs.getString(1), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)))
                        .optional(),
                jdbc.sql("""
                        select number, published_at, published_by, score from plan_version
                        where programme_id = ? order by number desc limit 1""").param(id)
                        .query((rs, i) -> new VersionSummary(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
                                rs.getString(3), rs.getString(4)))
                        .optional()));
    }

    private List<HostSummary> hosts(long id) {
        return jdbc.sql("""
                select o.code, o.name, o.layer, count(distinct c.period_id), sum(c.min), sum(c.max)
                from capacity_declaration c join organisation o on o.code = c.host_code
                where c.programme_id = ? group by o.code, o.name, o.layer order by o.layer, o.name""").param(id)
                .query((rs, i) -> new HostSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)))
                .list();
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }
}
