package nl.doorstroom.web.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Sector;
import nl.doorstroom.solver.input.ReferenceData;
import nl.doorstroom.solver.io.ReferenceOrganisations;

/**
 * The shared organisations: the reference built into Doorstroom and those a coordinator added through the API.
 * Imports never change them; a programme's own organisations are part of that programme.
 */
@Repository
public class OrganisationRepository {

    public record OrganisationView(String code, String name, String layer, String sector, String town,
            String province, double latitude, double longitude, Integer population) {
    }

    private static final String SELECT = """
            select code, name, layer, sector, town, province, latitude, longitude, population from organisation""";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What every programme's records are checked against: the shared organisations and the default table. */
    public ReferenceData reference() {
        List<Organisation> shared = jdbc.sql(SELECT + " order by code").query(OrganisationRepository::organisation)
                .list();
        return new ReferenceData(shared, ReferenceOrganisations.data().compatibility());
    }

    static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getString("code"), rs.getString("name"), Layer.valueOf(rs.getString("layer")),
                Sector.valueOf(rs.getString("sector")), rs.getString("town"),
                new Location(rs.getDouble("latitude"), rs.getDouble("longitude")));
    }

    /** Null filters match everything. */
    List<OrganisationView> list(String layer, String nameContains) {
        String like = nameContains == null ? "%" : "%" + nameContains.toLowerCase(Locale.ROOT) + "%";
        return jdbc.sql(SELECT + " where (cast(:layer as text) is null or layer = :layer) and lower(name) like :like"
                + " order by code")
                .param("layer", layer == null ? null : layer.toUpperCase(Locale.ROOT))
                .param("like", like)
                .query(OrganisationView.class).list();
    }

    Optional<OrganisationView> find(String code) {
        return jdbc.sql(SELECT + " where upper(code) = upper(?)").param(code).query(OrganisationView.class).optional();
    }

    /** An organisation as one programme knows it: its own version where it has one. */
    public Optional<Organisation> ofProgramme(long programmeId, String code) {
        return jdbc.sql("""
                select code, name, layer, sector, town, latitude, longitude from programme_organisations
                where programme_id = ? and code = ?""")
                .params(programmeId, code).query(OrganisationRepository::organisation).optional();
    }

    /**
     * The name an organisation goes by outside one programme (in an account's mail, say): the shared
     * organisation's name, or else the name the newest programme gives its own organisation of that code.
     */
    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(namesOf(List.of(code)).get(code));
    }

    /** {@link #nameOf} for many codes in one query; unknown codes are left out. */
    public Map<String, String> namesOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("""
                select distinct on (code) code, name from (
                    select code, name, 1 as preference, 0 as programme_id from organisation where code in (:codes)
                    union all
                    select code, name, 2, programme_id from programme_organisation where code in (:codes)
                ) known order by code, preference, programme_id desc""")
                .param("codes", codes).query((rs, row) -> names.put(rs.getString("code"), rs.getString("name")))
                .list();
        return names;
    }

    /** Whether a shared organisation or any programme's own organisation has this code. */
    public boolean isKnown(String code) {
        return jdbc.sql("""
                select exists (select 1 from organisation where code = :code)
                    or exists (select 1 from programme_organisation where code = :code)""")
                .param("code", code).query(Boolean.class).single();
    }

    /** False when the code exists already. */
    boolean insert(Organisation o) {
        return jdbc.sql("""
                insert into organisation (code, name, layer, sector, town, latitude, longitude)
                select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from organisation where upper(code) = upper(?))""")
                .params(o.getCode(), o.getName(), o.getLayer().name(), o.getSector().name(), o.getTown(),
                        o.getLocation().latitude(), o.getLocation().longitude(), o.getCode())
                .update() == 1;
    }

    /** Adds reference organisations the database does not know yet; never changes or removes stored ones. */
    void seed(List<Organisation> reference) {
        for (Organisation o : reference) {
            jdbc.sql("""
                    insert into organisation (code, name, layer, sector, town, latitude, longitude)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
                    .params(o.getCode(), o.getName(), o.getLayer().name(), o.getSector().name(), o.getTown(),
                            o.getLocation().latitude(), o.getLocation().longitude())
                    .update();
        }
    }
}
