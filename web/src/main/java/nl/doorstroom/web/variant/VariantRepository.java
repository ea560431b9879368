package nl.doorstroom.web.variant;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the what-if variants of programmes: programme rows that name the programme they belong to. They are
 * written through the programme store like any programme.
 */
@Repository
class VariantRepository {

    /**
     * @param revision how often the variant changed (or its programme's published plan): what an adoption names
     * @param version the version of the variant's rules, which a change of its weights names
     */
    record Variant(long id, long programmeId, String programmeName, String name, OffsetDateTime createdAt,
            String createdBy, long revision, int version) {
    }

    private static final String SELECT = """
            select v.id, v.variant_of as programme_id, p.name as programme_name, v.variant_name as name,
                   v.created_at, v.variant_created_by as created_by, v.revision, v.version
            from programme v join programme p on p.id = v.variant_of""";

    private final JdbcClient jdbc;

    VariantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A programme's variants, oldest first. */
    List<Variant> of(long programmeId) {
        return jdbc.sql(SELECT + " where v.variant_of = ? order by v.id").param(programmeId).query(Variant.class)
                .list();
    }

    /** The variant, when it is one of the programme's. */
    Optional<Variant> find(long programmeId, long variantId) {
        return jdbc.sql(SELECT + " where v.variant_of = ? and v.id = ?").params(programmeId, variantId)
                .query(Variant.class).optional();
    }

    /** The variant with this id, of whichever programme. */
    Optional<Variant> find(long variantId) {
        return jdbc.sql(SELECT + " where v.id = ?").param(variantId).query(Variant.class).optional();
    }

    boolean nameTaken(long programmeId, String name) {
        return jdbc.sql("select count(*) from programme where variant_of = ? and lower(variant_name) = lower(?)")
                .params(programmeId, name).query(Integer.class).single() > 0;
    }
}
