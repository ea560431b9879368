package nl.doorstroom.web.mail;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every mail Doorstroom wrote, with its attachments and whether it went out. */
@Repository
class MailRepository {

    enum Status {
        /** No mail server is configured: the message is only kept here. */
        KEPT,
        /** Waiting for its transaction to commit before it is handed to the mail server. */
        PENDING, SENT, FAILED
    }

    record StoredMail(long id, OffsetDateTime createdAt, String recipient, String subject, String body, String status,
            OffsetDateTime sentAt, String error, List<String> attachments) {
    }

    private final JdbcClient jdbc;

    MailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String recipient, String subject, String body, Status status, List<Mail.Attachment> attachments) {
        long id = jdbc.sql("insert into mail_message (recipient, subject, body, status) values (?, ?, ?, ?) returning id")
                .params(recipient, subject, body, status.name()).query(Long.class).single();
        for (int i = 0; i < attachments.size(); i++) {
            Mail.Attachment a = attachments.get(i);
            jdbc.sql("insert into mail_attachment (message_id, position, filename, content_type, content) values (?, ?, ?, ?, ?)")
                    .params(id, i, a.filename(), a.contentType(), a.content()).update();
        }
        return id;
    }

    void sent(long id) {
        jdbc.sql("update mail_message set status = 'SENT', sent_at = now(), error = null where id = ?").param(id).update();
    }

    void failed(long id, String error) {
        jdbc.sql("update mail_message set status = 'FAILED', error = ? where id = ?").params(error, id).update();
    }

    /** The newest first. */
    List<StoredMail> latest(int limit) {
        return jdbc.sql("""
                select m.id, m.created_at, m.recipient, m.subject, m.body, m.status, m.sent_at, m.error,
                       coalesce((select array_agg(a.filename order by a.position) from mail_attachment a
                                 where a.message_id = m.id), '{}') as attachments
                from mail_message m order by m.id desc limit ?""").param(limit)
                .query((rs, i) -> new StoredMail(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getString(8), List.of((String[]) rs.getArray(9).getArray())))
                .list();
    }
}
