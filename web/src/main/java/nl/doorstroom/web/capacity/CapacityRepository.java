package nl.doorstroom.web.capacity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.input.CapacityRecord;
import nl.doorstroom.solver.input.PathOrigin;

/** Capacity declarations of programmes; who may see which is decided by the callers. */
@Repository
public class CapacityRepository {

    /** {@code discipline} is empty for a slot open to any discipline; {@code maxSalaryScale} null for no ceiling. */
    public record DeclarationView(long id, long programmeId, String hostCode, String hostName, String periodId,
            String discipline, int min, int max, Integer maxSalaryScale, int version) {
    }

    private static final String SELECT = """
            select c.id, c.programme_id, c.host_code, o.name as host_name, c.period_id, c.discipline, c.min, c.max,
                   c.max_salary_scale, c.version
            from capacity_declaration c
            join programme_organisations o on o.programme_id = c.programme_id and o.code = c.host_code
            join period p on p.programme_id = c.programme_id and p.id = c.period_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CapacityRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insertAll(long programmeId, List<CapacityDeclaration> declarations) {
        batch.batchUpdate("""
                insert into capacity_declaration (programme_id, host_code, period_id, discipline, min, max,
                                                  max_salary_scale)
                values (?, ?, ?, ?, ?, ?, ?)""",
                declarations.stream().map(c -> new Object[] {programmeId, c.getHost().getCode(),
                        c.getPeriod().getId(), c.getDiscipline(), c.getMin(), c.getMax(), c.getMaxSalaryScale()})
                        .toList());
    }

    /** The stored declarations as records by id, located as {@code capacity[12].max}. */
    public Map<Long, CapacityRecord> records(long programmeId) {
        Map<Long, CapacityRecord> records = new LinkedHashMap<>();
        jdbc.sql("""
                select c.id, c.host_code, c.period_id, c.discipline, c.min, c.max, c.max_salary_scale
                from capacity_declaration c join period p on p.programme_id = c.programme_id and p.id = c.period_id
                where c.programme_id = ? order by c.host_code, p.idx, c.discipline""")
                .param(programmeId)
                .query(rs -> {
                    records.put(rs.getLong(1), new CapacityRecord(PathOrigin.of("capacity[" + rs.getLong(1) + "]"),
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                            (Integer) rs.getObject(7)));
                });
        return records;
    }

    /** One programme's declarations, or one host's there; a null host matches every host. */
    List<DeclarationView> list(long programmeId, String hostCode) {
        return list(programmeId, hostCode, true);
    }

    /**
     * Declarations across programmes, filtered by programme and host where given. What-if variants are no
     * programmes here: their copies of declarations are reached through the variant alone.
     */
    List<DeclarationView> acrossProgrammes(Long programmeId, String hostCode) {
        return list(programmeId, hostCode, false);
    }

    private List<DeclarationView> list(Long programmeId, String hostCode, boolean variants) {
        return jdbc.sql(SELECT + """
                 where (cast(:programme as bigint) is null or c.programme_id = :programme)
                   and (cast(:host as text) is null or c.host_code = :host)
                   and (:variants or not exists (select 1 from programme v where v.id = c.programme_id
                                                 and v.variant_of is not null))
                order by c.programme_id, c.host_code, p.idx, c.discipline""")
                .param("programme", programmeId).param("host", hostCode).param("variants", variants)
                .query(DeclarationView.class).list();
    }

    Optional<DeclarationView> find(long programmeId, long id) {
        return jdbc.sql(SELECT + " where c.programme_id = ? and c.id = ?").params(programmeId, id)
                .query(DeclarationView.class).optional();
    }

    long insert(long programmeId, CapacityDeclaration c) {
        return jdbc.sql("""
                insert into capacity_declaration (programme_id, host_code, period_id, discipline, min, max,
                                                  max_salary_scale)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(programmeId, c.getHost().getCode(), c.getPeriod().getId(), c.getDiscipline(), c.getMin(),
                        c.getMax(), c.getMaxSalaryScale())
                .query(Long.class).single();
    }

    /** Discipline and numbers of the declaration read at {@code version}; false when it changed meanwhile. */
    boolean update(long id, int version, CapacityDeclaration c) {
        return jdbc.sql("""
                update capacity_declaration set discipline = ?, min = ?, max = ?, max_salary_scale = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(c.getDiscipline(), c.getMin(), c.getMax(), c.getMaxSalaryScale(), id, version)
                .update() == 1;
    }

    /**
     * Makes the programme's declarations those given, matched by host, period and discipline: a declaration that
     * stays keeps its id (and its version when unchanged), so a host's page that reads it is not made stale for
     * nothing. The caller holds the programme's lock and checked the whole programme.
     */
    public void replaceAll(long programmeId, List<CapacityDeclaration> declarations) {
        Map<String, CapacityDeclaration> wanted = new LinkedHashMap<>();
        declarations.forEach(c -> wanted.put(key(c.getHost().getCode(), c.getPeriod().getId(), c.getDiscipline()), c));
        Map<Long, CapacityRecord> stored = records(programmeId);
        stored.forEach((id, record) -> {
            CapacityDeclaration c = wanted.remove(key(record.host(), record.period(), record.discipline()));
            if (c == null) {
                jdbc.sql("delete from capacity_declaration where id = ?").param(id).update();
            } else if (c.getMin() != record.min() || c.getMax() != record.max()
                    || !java.util.Objects.equals(c.getMaxSalaryScale(), record.maxSalaryScale())) {
                jdbc.sql("""
                        update capacity_declaration set min = ?, max = ?, max_salary_scale = ?, version = version + 1
                        where id = ?""").params(c.getMin(), c.getMax(), c.getMaxSalaryScale(), id).update();
            }
        });
        insertAll(programmeId, List.copyOf(wanted.values()));
    }

    private static String key(String host, String period, String discipline) {
        return host + '\u0000' + period + '\u0000' + (discipline == null ? "" : discipline);
    }

    boolean delete(long id, int version) {
        return jdbc.sql("delete from capacity_declaration where id = ? and version = ?").params(id, version)
                .update() == 1;
    }

    /** Whether the host declares capacity in the programme at all: then the programme is the host's to see. */
    public boolean declares(long programmeId, String hostCode) {
        return jdbc.sql("select count(*) from capacity_declaration where programme_id = ? and host_code = ?")
                .params(programmeId, hostCode).query(Integer.class).single() > 0;
    }
}
