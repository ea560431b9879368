package nl.doorstroom.web.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.solver.domain.Plan;

/**
 * Reads published versions of plans. Everything a host or participant is shown about where people go
 * comes from here, never from the draft.
 */
@Repository
public class PublishedPlans {

    /**
     * A published version; {@code toldParticipants} and {@code toldHostContacts} are how many were mailed about it
     * (null until they were), {@code noticeProblem} why nobody was.
     */
    public record Version(int number, OffsetDateTime publishedAt, String publishedBy, String score, int placements,
            Integer toldParticipants, Integer toldHostContacts, String noticeProblem) {
    }

    /** One placement of a published version; host fields are null for a pool member between assignments. */
    public record Placement(String participantId, String participantName, String discipline, String periodId,
            LocalDate start, LocalDate end, String hostCode, String hostName, String hostTown, String hostLayer,
            boolean pinned) {
    }

    private static final String VERSION = """
            select v.number, v.published_at, v.published_by, v.score,
                   (select count(*) from published_placement pp where pp.plan_version_id = v.id),
                   v.told_participants, v.told_host_contacts, v.notice_problem
            from plan_version v where v.programme_id = ?""";

    private static final String PLACEMENT = """
            select pp.participant_id, pa.name, pa.discipline, pp.period_id, pe.start_date, pe.end_date,
                   pp.host_code, o.name, o.town, o.layer, pp.pinned
            from plan_version v
            join published_placement pp on pp.plan_version_id = v.id
            join participant pa on pa.programme_id = v.programme_id and pa.id = pp.participant_id
            join period pe on pe.programme_id = v.programme_id and pe.id = pp.period_id
            left join programme_organisations o on o.programme_id = v.programme_id and o.code = pp.host_code
            where v.programme_id = ?""";

    /** The latest published version of a programme: the one with the highest number. Defined here only. */
    private static final String LATEST = " and v.number = (select max(number) from plan_version where programme_id = ?)";

    private static final String ORDER = " order by pp.participant_id, pe.idx";

    /** A programme's latest version that sends someone to a host. */
    public record ProgrammeVersion(long programmeId, String programmeName, int number) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PublishedPlans(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores the plan's placements as the programme's next version; returns its number. */
    int insert(long programmeId, Plan plan, String publishedBy) {
        int number = latest(programmeId).map(Version::number).orElse(0) + 1;
        long versionId = jdbc.sql("""
                insert into plan_version (programme_id, number, published_by, score) values (?, ?, ?, ?)
                returning id""")
                .params(programmeId, number, publishedBy, String.valueOf(plan.getScore())).query(Long.class).single();
        batch.batchUpdate("""
                insert into published_placement (plan_version_id, participant_id, period_id, host_code, pinned)
                values (?, ?, ?, ?, ?)""",
                plan.getPlacements().stream().map(p -> new Object[] {versionId, p.getParticipant().getId(),
                        p.getPeriod().getId(), p.getHost() == null ? null : p.getHost().getCode(), p.isPinned()})
                        .toList());
        return number;
    }

    /** The programmes whose latest version places someone at the host, with that version. */
    public List<ProgrammeVersion> latestSendingTo(String hostCode) {
        return jdbc.sql("""
                select pr.id, pr.name, v.number from programme pr
                join plan_version v on v.programme_id = pr.id
                where v.number = (select max(number) from plan_version where programme_id = pr.id)
                  and exists (select 1 from published_placement pp where pp.plan_version_id = v.id
                              and pp.host_code = ?)
                order by pr.id""")
                .param(hostCode)
                .query((rs, i) -> new ProgrammeVersion(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** How many were mailed about the version. */
    public void told(long programmeId, int number, int participants, int hostContacts) {
        jdbc.sql("""
                update plan_version set told_participants = ?, told_host_contacts = ?, notice_problem = null
                where programme_id = ? and number = ?""").params(participants, hostContacts, programmeId, number)
                .update();
    }

    /** Why nobody was mailed about the version. */
    public void notTold(long programmeId, int number, String problem) {
        jdbc.sql("update plan_version set notice_problem = ? where programme_id = ? and number = ?")
                .params(problem, programmeId, number).update();
    }

    public List<Version> versions(long programmeId) {
        return jdbc.sql(VERSION + " order by v.number").param(programmeId).query(PublishedPlans::version).list();
    }

    public Optional<Version> version(long programmeId, int number) {
        return jdbc.sql(VERSION + " and v.number = ?").params(programmeId, number).query(PublishedPlans::version)
                .optional();
    }

    public Optional<Version> latest(long programmeId) {
        return jdbc.sql(VERSION + " order by v.number desc limit 1").param(programmeId)
                .query(PublishedPlans::version).optional();
    }

    /** Every placement of one version, by participant and period. */
    public List<Placement> placements(long programmeId, int number) {
        return jdbc.sql(PLACEMENT + " and v.number = ?" + ORDER).params(programmeId, number)
                .query(PublishedPlans::placement).list();
    }

    /** Each placement's host in the latest published version, by placement id; empty before the first publication. */
    public Map<String, String> latestHosts(long programmeId) {
        Map<String, String> hosts = new HashMap<>();
        jdbc.sql("""
                select pp.participant_id, pp.period_id, pp.host_code from plan_version v
                join published_placement pp on pp.plan_version_id = v.id
                where v.programme_id = ?""" + LATEST)
                .params(programmeId, programmeId)
                .query(rs -> {
                    hosts.put(rs.getString(1) + "@" + rs.getString(2), rs.getString(3));
                });
        return hosts;
    }

    /** One participant's placements in the latest published version; empty before the first publication. */
    public List<Placement> latestOf(long programmeId, String participantId) {
        return jdbc.sql(PLACEMENT + LATEST + " and pp.participant_id = ?" + ORDER)
                .params(programmeId, programmeId, participantId).query(PublishedPlans::placement).list();
    }

    /** The placements at one host in the latest published version of one programme. */
    public List<Placement> latestAt(long programmeId, String hostCode) {
        return jdbc.sql(PLACEMENT + LATEST + " and pp.host_code = ? order by pe.idx, pa.name, pp.participant_id")
                .params(programmeId, programmeId, hostCode).query(PublishedPlans::placement).list();
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        return new Version(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                rs.getInt(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7), rs.getString(8));
    }

    private static Placement placement(ResultSet rs, int row) throws SQLException {
        return new Placement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getBoolean(11));
    }
}
