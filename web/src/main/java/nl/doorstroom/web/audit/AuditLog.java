package nl.doorstroom.web.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what, when, from what to what. Written in the same transaction as the change, so a
 * change without its record (or a record without its change) cannot exist.
 */
@Repository
public class AuditLog {

    public record Entry(long id, OffsetDateTime at, String username, String action, Long programmeId, String subject,
            String before, String after) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, String action, Long programmeId, String subject, String before,
            String after) {
        jdbc.sql("""
                insert into audit_entry (username, action, programme_id, subject, before_value, after_value)
                values (?, ?, ?, ?, ?, ?)""")
                .params(username, action, programmeId, subject, before, after).update();
    }

    public List<Entry> forProgramme(long programmeId, int limit) {
        return jdbc.sql("""
                select id, at, username, action, programme_id, subject, before_value, after_value
                from audit_entry where programme_id = ? order by id desc limit ?""")
                .params(programmeId, limit)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }
}
