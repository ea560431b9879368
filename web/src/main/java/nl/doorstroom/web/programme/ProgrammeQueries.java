package nl.doorstroom.web.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.capacity.CapacityRepository;

/** What the API lists about programmes, and who may see which programme. */
@Repository
public class ProgrammeQueries {

    public record PeriodView(String id, int index, LocalDate start, LocalDate end) {
    }

    public record ProgrammeView(long id, String name, LocalDate firstPeriodStart, int rotationMonths, int periodCount,
            int maxCommuteKm, int layerVarietyTarget, int participants, int hosts, int version) {
    }

    public record ParticipantView(String id, String name, String kind, String employer, String employerName,
            int salaryScale, String discipline, String home, String firstPeriod, String lastPeriod,
            Integer maxCommuteKm, int version) {
    }

    private static final String PROGRAMME_VIEW = """
            select p.id, p.name, p.first_period_start, p.rotation_months, p.period_count, p.max_commute_km,
                   p.layer_variety_target,
                   (select count(*) from participant x where x.programme_id = p.id),
                   (select count(distinct c.host_code) from capacity_declaration c where c.programme_id = p.id),
                   p.version
            from programme p""";

    private final JdbcClient jdbc;
    private final CapacityRepository capacity;

    ProgrammeQueries(JdbcClient jdbc, CapacityRepository capacity) {
        this.jdbc = jdbc;
        this.capacity = capacity;
    }

    /**
     * A coordinator sees every programme, a host those it declares capacity in, a participant their own. A what-if
     * variant is the coordinators' alone, though it holds copies of hosts' declarations.
     */
    public boolean canSee(CurrentUser user, long programmeId) {
        return switch (user.role()) {
            case COORDINATOR -> true;
            case HOST -> capacity.declares(programmeId, user.organisationCode()) && !isVariant(programmeId);
            case PARTICIPANT -> user.programmeId() == programmeId;
        };
    }

    /** The programmes the user may see; what-if variants are listed with their programme, not here. */
    public List<ProgrammeView> visibleTo(CurrentUser user) {
        return jdbc.sql(PROGRAMME_VIEW + " where p.variant_of is null order by p.id").query(this::programme).list()
                .stream().filter(p -> canSee(user, p.id())).toList();
    }

    private boolean isVariant(long programmeId) {
        return jdbc.sql("select count(*) from programme where id = ? and variant_of is not null").param(programmeId)
                .query(Integer.class).single() > 0;
    }

    public Optional<ProgrammeView> find(long id) {
        return jdbc.sql(PROGRAMME_VIEW + " where p.id = ?").param(id).query(this::programme).optional();
    }

    private ProgrammeView programme(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ProgrammeView(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
    }

    public List<PeriodView> periods(long programmeId) {
        return jdbc.sql("select id, idx, start_date, end_date from period where programme_id = ? order by idx")
                .param(programmeId)
                .query((rs, i) -> new PeriodView(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate()))
                .list();
    }

    private static final String PARTICIPANT_VIEW = """
            select p.id, p.name, p.kind, p.employer_code, o.name, p.salary_scale, p.discipline, p.home,
                   p.first_period, p.last_period, p.max_commute_km, p.version
            from participant p
            join programme_organisations o on o.programme_id = p.programme_id and o.code = p.employer_code
            where p.programme_id = ?""";

    public List<ParticipantView> participants(long programmeId) {
        return jdbc.sql(PARTICIPANT_VIEW + " order by p.id").param(programmeId).query(this::participant).list();
    }

    public Optional<ParticipantView> participant(long programmeId, String participantId) {
        return jdbc.sql(PARTICIPANT_VIEW + " and p.id = ?").params(programmeId, participantId)
                .query(this::participant).optional();
    }

    private ParticipantView participant(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ParticipantView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                (Integer) rs.getObject(11), rs.getInt(12));
    }
}
