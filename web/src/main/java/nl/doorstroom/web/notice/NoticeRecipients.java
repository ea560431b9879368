package nl.doorstroom.web.notice;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The addresses notices go to that no other feature reads: participants' own (participants.csv's email column). */
@Repository
class NoticeRecipients {

    private final JdbcClient jdbc;

    NoticeRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Participant id → address, for the participants of the programme that have one. */
    Map<String, String> participantAddresses(long programmeId) {
        Map<String, String> addresses = new TreeMap<>();
        jdbc.sql("select id, email from participant where programme_id = ? and email is not null and email <> ''")
                .param(programmeId).query((rs, i) -> addresses.put(rs.getString(1), rs.getString(2))).list();
        return addresses;
    }

    String programmeName(long programmeId) {
        return jdbc.sql("select name from programme where id = ?").param(programmeId).query(String.class).optional()
                .orElse(String.valueOf(programmeId));
    }

    String organisationName(long programmeId, String code) {
        return jdbc.sql("select name from programme_organisations where programme_id = ? and code = ?")
                .params(programmeId, code).query(String.class).optional().orElse(code);
    }
}
