package nl.doorstroom.web.participant;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.domain.WishSource;
import nl.doorstroom.solver.input.PathOrigin;
import nl.doorstroom.solver.input.WishRecord;

/** Wishes of participants and of hosts about them. */
@Repository
public class WishRepository {

    record WishView(long id, String hostCode, String hostName, String periodId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    WishRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insertAll(long programmeId, List<Wish> wishes) {
        batch.batchUpdate("insert into wish (programme_id, participant_id, host_code, period_id, source) "
                + "values (?, ?, ?, ?, ?)", wishes.stream().map(w -> new Object[] {programmeId,
                        w.participant().getId(), w.host().getCode(), w.period() == null ? null : w.period().getId(),
                        w.source().name()}).toList());
    }

    /** The stored wishes as records, located as {@code wishes[7].host}. */
    public List<WishRecord> records(long programmeId) {
        return jdbc.sql("select id, participant_id, host_code, period_id, source from wish where programme_id = ? "
                + "order by participant_id, id")
                .param(programmeId)
                .query((rs, i) -> new WishRecord(PathOrigin.of("wishes[" + rs.getLong(1) + "]"), rs.getString(2),
                        rs.getString(3), rs.getString(4), WishSource.valueOf(rs.getString(5))))
                .list();
    }

    /** The wishes the participant stated; those hosts stated about them are not the participant's. */
    List<WishView> ownOf(long programmeId, String participantId) {
        return jdbc.sql("""
                select w.id, w.host_code, o.name as host_name, w.period_id from wish w
                join programme_organisations o on o.programme_id = w.programme_id and o.code = w.host_code
                where w.programme_id = ? and w.participant_id = ? and w.source = 'PARTICIPANT' order by w.id""")
                .params(programmeId, participantId).query(WishView.class).list();
    }

    long insert(long programmeId, Wish wish) {
        return jdbc.sql("""
                insert into wish (programme_id, participant_id, host_code, period_id, source)
                values (?, ?, ?, ?, ?) returning id""")
                .params(programmeId, wish.participant().getId(), wish.host().getCode(),
                        wish.period() == null ? null : wish.period().getId(), wish.source().name())
                .query(Long.class).single();
    }

    void delete(long wishId) {
        jdbc.sql("delete from wish where id = ?").param(wishId).update();
    }
}
