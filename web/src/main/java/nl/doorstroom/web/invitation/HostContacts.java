package nl.doorstroom.web.invitation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The addresses of the people who act for a host organisation; invitations go to these. */
@Repository
public class HostContacts {

    public record Contact(String organisationCode, String email, boolean accountActive) {
    }

    private final JdbcClient jdbc;

    HostContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contact> of(String organisationCode) {
        return jdbc.sql(SELECT + " where c.organisation_code = ? order by c.email").param(organisationCode)
                .query(Contact.class).list();
    }

    /** Every host organisation's contacts, by code. */
    Map<String, List<Contact>> all() {
        Map<String, List<Contact>> byHost = new TreeMap<>();
        jdbc.sql(SELECT + " order by c.organisation_code, c.email").query(Contact.class).list()
                .forEach(c -> byHost.computeIfAbsent(c.organisationCode(), k -> new java.util.ArrayList<>()).add(c));
        return byHost;
    }

    /** False when the address was listed already. */
    boolean add(String organisationCode, String email, String by) {
        return jdbc.sql("""
                insert into host_contact (organisation_code, email, added_by) values (?, ?, ?)
                on conflict do nothing""").params(organisationCode, email, by).update() > 0;
    }

    boolean remove(String organisationCode, String email) {
        return jdbc.sql("delete from host_contact where organisation_code = ? and email = ?")
                .params(organisationCode, email).update() > 0;
    }

    private static final String SELECT = """
            select c.organisation_code, c.email,
                   exists (select 1 from app_user u where lower(u.email) = c.email and u.password_hash is not null
                           and u.enabled) as account_active
            from host_contact c""";
}
