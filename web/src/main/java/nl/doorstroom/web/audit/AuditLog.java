package nl.doorstroom.web.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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

    /**
     * Whom a change is about, so the trail can be read per participant or per host: a move concerns the participant
     * and both the host left and the host taken.
     */
    public record About(String participantId, List<String> hostCodes) {

        public static final About NOBODY = new About(null, List.of());

        public About {
            hostCodes = hostCodes.stream().filter(Objects::nonNull).distinct().toList();
        }

        public static About participant(String participantId, String... hostCodes) {
            return new About(participantId, Arrays.asList(hostCodes));
        }

        public static About hosts(String... hostCodes) {
            return new About(null, Arrays.asList(hostCodes));
        }
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, String action, Long programmeId, String subject, String before,
            String after) {
        record(username, action, programmeId, About.NOBODY, subject, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, String action, Long programmeId, About about, String subject, String before,
            String after) {
        jdbc.sql("""
                insert into audit_entry (username, action, programme_id, participant_id, host_codes, subject,
                                         before_value, after_value)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, action, programmeId, about.participantId(), about.hostCodes().toArray(String[]::new),
                        subject, before, after)
                .update();
    }
}
