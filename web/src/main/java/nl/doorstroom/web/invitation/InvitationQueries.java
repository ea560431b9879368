package nl.doorstroom.web.invitation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who can be invited: the hosts taking part in a programme, and a programme's participants with their addresses. */
@Repository
class InvitationQueries {

    record Host(String code, String name) {
    }

    record Programme(long id, String name) {
    }

    /** status: NONE (no account), INVITED (no password yet), ACTIVE, or DEACTIVATED. */
    record Invitee(String id, String name, String email, String status) {
    }

    private final JdbcClient jdbc;

    InvitationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Organisations that declare capacity in a programme, each named as its newest programme names it. */
    List<Host> declaringHosts() {
        return jdbc.sql("""
                select distinct on (po.code) po.code, po.name from programme_organisations po
                join programme p on p.id = po.programme_id and p.variant_of is null
                where exists (select 1 from capacity_declaration c
                              where c.programme_id = po.programme_id and c.host_code = po.code)
                order by po.code, po.programme_id desc""").query(Host.class).list();
    }

    List<Programme> programmes() {
        return jdbc.sql("select id, name from programme where variant_of is null order by id").query(Programme.class)
                .list();
    }

    boolean programmeExists(long id) {
        return jdbc.sql("select count(*) > 0 from programme where id = ? and variant_of is null").param(id)
                .query(Boolean.class).single();
    }

    List<Invitee> participants(long programmeId) {
        return jdbc.sql("""
                select p.id, p.name, p.email,
                       case when u.username is null then 'NONE' when not u.enabled then 'DEACTIVATED'
                            when u.password_hash is null then 'INVITED' else 'ACTIVE' end as status
                from participant p
                left join app_user u on u.programme_id = p.programme_id and u.participant_id = p.id
                                    and lower(u.email) = lower(p.email)
                where p.programme_id = ? order by p.id""").param(programmeId).query(Invitee.class).list();
    }
}
