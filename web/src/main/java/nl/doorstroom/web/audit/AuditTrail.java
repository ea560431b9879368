package nl.doorstroom.web.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.web.system.BadRequestException;

/**
 * Reads a programme's recorded changes back, newest first, filtered and a page at a time in SQL, so a long trail
 * is never loaded whole.
 */
@Repository
class AuditTrail {

    /** One recorded change as stored; the words for people are {@link ChangeWording}'s. */
    record Entry(long id, OffsetDateTime at, String username, String action, String kind, String participantId,
            List<String> hostCodes, String subject, String before, String after) {
    }

    /** Blank fields filter nothing. {@code kind} is the part of the action before its dot, e.g. "placement". */
    record Filter(String participant, String host, String user, String kind) {

        static Filter of(String participant, String host, String user, String kind) {
            return new Filter(trimmed(participant), trimmed(host), trimmed(user), trimmed(kind));
        }

        private static String trimmed(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** A page of entries with how many match in all; {@code page} counts from 1. */
    record Page(List<Entry> entries, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A value to choose in a filter: what is filtered on and what a person reads. */
    record Choice(String value, String label) {
    }

    private static final String COLUMNS = """
            select id, at, username, action, split_part(action, '.', 1), participant_id, host_codes, subject,
                   before_value, after_value from audit_entry""";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    /** {@code page} and {@code size} may be left out; out of range they are refused, not silently corrected. */
    Page page(long programmeId, Filter filter, Integer pageNumber, Integer pageSize) {
        int page = pageNumber == null ? 1 : pageNumber;
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("page must be 1 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        Where where = where(programmeId, filter);
        long total = jdbc.sql("select count(*) from audit_entry" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params());
        params.add(size);
        params.add((long) (page - 1) * size);
        List<Entry> entries = jdbc.sql(COLUMNS + where.sql() + " order by id desc limit ? offset ?").params(params)
                .query(AuditTrail::entry).list();
        return new Page(entries, total, page, size);
    }

    /** Every matching entry, newest first, up to {@code limit}: for the download. */
    List<Entry> all(long programmeId, Filter filter, int limit) {
        Where where = where(programmeId, filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        return jdbc.sql(COLUMNS + where.sql() + " order by id desc limit ?").params(params)
                .query(AuditTrail::entry).list();
    }

    List<Choice> participants(long programmeId) {
        return jdbc.sql("""
                select distinct a.participant_id, coalesce(p.name, a.participant_id) from audit_entry a
                left join participant p on p.programme_id = a.programme_id and p.id = a.participant_id
                where a.programme_id = ? and a.participant_id is not null order by 2""").param(programmeId)
                .query((rs, i) -> new Choice(rs.getString(1), rs.getString(2))).list();
    }

    List<Choice> hosts(long programmeId) {
        return jdbc.sql("""
                select h.code, coalesce(o.name, h.code) from
                  (select distinct unnest(host_codes) as code from audit_entry where programme_id = ?) h
                left join programme_organisations o on o.programme_id = ? and o.code = h.code
                order by 2""").params(programmeId, programmeId)
                .query((rs, i) -> new Choice(rs.getString(1), rs.getString(2))).list();
    }

    List<String> users(long programmeId) {
        return jdbc.sql("select distinct username from audit_entry where programme_id = ? order by 1")
                .param(programmeId).query(String.class).list();
    }

    List<String> kinds(long programmeId) {
        return jdbc.sql("select distinct split_part(action, '.', 1) from audit_entry where programme_id = ? order by 1")
                .param(programmeId).query(String.class).list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(long programmeId, Filter filter) {
        StringBuilder sql = new StringBuilder(" where programme_id = ?");
        List<Object> params = new ArrayList<>(List.of(programmeId));
        if (filter.participant() != null) {
            sql.append(" and participant_id = ?");
            params.add(filter.participant());
        }
        if (filter.host() != null) {
            sql.append(" and ? = any(host_codes)");
            params.add(filter.host());
        }
        if (filter.user() != null) {
            sql.append(" and username = ?");
            params.add(filter.user());
        }
        if (filter.kind() != null) {
            sql.append(" and split_part(action, '.', 1) = ?");
            params.add(filter.kind());
        }
        return new Where(sql.toString(), params);
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), List.of((String[]) rs.getArray(7).getArray()), rs.getString(8),
                rs.getString(9), rs.getString(10));
    }
}
