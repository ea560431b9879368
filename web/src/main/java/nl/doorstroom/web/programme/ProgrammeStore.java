package nl.doorstroom.web.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Sector;
import nl.doorstroom.solver.input.CompatibilityRecord;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.input.OrganisationRecord;
import nl.doorstroom.solver.input.PathOrigin;
import nl.doorstroom.solver.input.ProgrammeAssembler;
import nl.doorstroom.solver.input.ProgrammeInput;
import nl.doorstroom.solver.input.SettingsRecord;
import nl.doorstroom.solver.input.WeightRecord;
import nl.doorstroom.web.capacity.CapacityRepository;
import nl.doorstroom.web.participant.WishRepository;
import nl.doorstroom.web.plan.PlacementRepository;
import nl.doorstroom.web.publishing.PublishedPlans;

/**
 * Keeps programmes in PostgreSQL. A programme is stored from its plan, which the solver's assembler checked, and
 * read back as records through the same assembler: the database and a programme folder can never disagree
 * about what a programme means, and nothing is written out as a file and parsed again on the way.
 */
@Repository
public class ProgrammeStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final OrganisationRepository organisations;
    private final ParticipantRepository participants;
    private final CapacityRepository capacity;
    private final WishRepository wishes;
    private final PlacementRepository placements;
    private final PublishedPlans published;

    ProgrammeStore(JdbcClient jdbc, JdbcTemplate batch, OrganisationRepository organisations,
            ParticipantRepository participants, CapacityRepository capacity, WishRepository wishes,
            PlacementRepository placements, PublishedPlans published) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.organisations = organisations;
        this.participants = participants;
        this.capacity = capacity;
        this.wishes = wishes;
        this.placements = placements;
        this.published = published;
    }

    /** Stores a programme that was assembled (and so checked) whole; returns its id. */
    @Transactional
    public long insert(Plan plan) {
        Programme programme = plan.getProgramme();
        long id = jdbc.sql("""
                insert into programme (name, first_period_start, rotation_months, period_count, max_commute_km,
                                       layer_variety_target)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(programme.getName(), programme.getPeriods().get(0).getStart(), programme.getRotationMonths(),
                        programme.getPeriods().size(), programme.getMaxCommuteKm(), programme.getLayerVarietyTarget())
                .query(Long.class).single();
        batch.batchUpdate("insert into programme_weight (programme_id, rule, weight) values (?, ?, ?)",
                new TreeMap<>(programme.getWeightOverrides()).entrySet().stream()
                        .map(w -> new Object[] {id, w.getKey(), w.getValue().toString()}).toList());
        List<Object[]> pairs = new ArrayList<>();
        for (Sector employer : Sector.values()) {
            for (Sector host : Sector.values()) {
                pairs.add(new Object[] {id, employer.name(), host.name(),
                        programme.getCompatibility().get(employer, host).name()});
            }
        }
        batch.batchUpdate("insert into compatibility (programme_id, employer_sector, host_sector, compatibility) "
                + "values (?, ?, ?, ?)", pairs);
        batch.batchUpdate("insert into period (programme_id, id, idx, start_date, end_date) values (?, ?, ?, ?, ?)",
                programme.getPeriods().stream().map(p -> new Object[] {id, p.getId(), p.getIndex(), p.getStart(),
                        p.getEnd()}).toList());
        batch.batchUpdate("""
                insert into programme_organisation (programme_id, code, name, layer, sector, town, latitude, longitude)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                programme.getOwnOrganisations().stream().map(o -> new Object[] {id, o.getCode(), o.getName(),
                        o.getLayer().name(), o.getSector().name(), o.getTown(), o.getLocation().latitude(),
                        o.getLocation().longitude()}).toList());
        participants.insertAll(id, plan.getParticipants());
        capacity.insertAll(id, plan.getCapacityDeclarations());
        wishes.insertAll(id, plan.getWishes());
        placements.insertAll(id, plan.getPlacements());
        return id;
    }

    /**
     * Stores a what-if variant of a programme: a programme of its own, made from the plan of the programme's draft,
     * that only coordinators reach. Returns its id.
     */
    @Transactional
    public long insertVariant(long programmeId, String name, String createdBy, Plan plan) {
        long id = insert(plan);
        jdbc.sql("update programme set variant_of = ?, variant_name = ?, variant_created_by = ? where id = ?")
                .params(programmeId, name, createdBy, id).update();
        return id;
    }

    /** The programme a variant belongs to; empty for a programme that is no variant, or no programme at all. */
    public java.util.OptionalLong variantOf(long programmeId) {
        Long parent = jdbc.sql("select variant_of from programme where id = ?").param(programmeId)
                .query((rs, i) -> (Long) rs.getObject(1)).optional().orElse(null);
        return parent == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(parent);
    }

    /**
     * Replaces the rules of a programme (maximum commute, layer-variety target and the weights) by those of
     * {@code programme}, which the assembler checked; name and periods stay. The caller holds the programme's lock.
     */
    public void replaceRules(long programmeId, Programme programme) {
        jdbc.sql("""
                update programme set max_commute_km = ?, layer_variety_target = ?, version = version + 1,
                    revision = revision + 1
                where id = ?""")
                .params(programme.getMaxCommuteKm(), programme.getLayerVarietyTarget(), programmeId).update();
        jdbc.sql("delete from programme_weight where programme_id = ?").param(programmeId).update();
        batch.batchUpdate("insert into programme_weight (programme_id, rule, weight) values (?, ?, ?)",
                new TreeMap<>(programme.getWeightOverrides()).entrySet().stream()
                        .map(w -> new Object[] {programmeId, w.getKey(), w.getValue().toString()}).toList());
    }

    /** The programme's records as stored: what an edit changes one of before the whole is assembled again. */
    public ProgrammeInput input(long programmeId) {
        return new ProgrammeInput(settings(programmeId), ownOrganisations(programmeId), compatibility(programmeId),
                participants.records(programmeId), participants.history(programmeId),
                participants.distances(programmeId), List.copyOf(capacity.records(programmeId).values()),
                wishes.records(programmeId),
                placements.records(programmeId, published.latestHosts(publishedFrom(programmeId))), List.of());
    }

    /** A variant is never published: it is scored against its programme's published plan (rule 11). */
    private long publishedFrom(long programmeId) {
        return jdbc.sql("select coalesce(variant_of, id) from programme where id = ?").param(programmeId)
                .query(Long.class).optional().orElse(programmeId);
    }

    /**
     * The programme as a plan to solve or explain: the draft placements as they are, and for rule 11 the hosts of
     * the latest published version (none before the first publication).
     *
     * @throws InvalidInputException when the records break a rule (an edit that must not be stored)
     */
    public Plan load(long programmeId) {
        return assemble(input(programmeId));
    }

    /** Checks records, stored or changed, by the programme's rules. */
    public Plan assemble(ProgrammeInput input) {
        return new ProgrammeAssembler(organisations.reference()).assemble(input);
    }

    private SettingsRecord settings(long programmeId) {
        List<WeightRecord> weights = jdbc.sql("select rule, weight from programme_weight where programme_id = ? "
                + "order by rule").param(programmeId)
                .query((rs, i) -> new WeightRecord(PathOrigin.of("weights[" + rs.getString(1) + "]"), rs.getString(1),
                        HardMediumSoftLongScore.parseScore(rs.getString(2))))
                .list();
        return jdbc.sql("""
                select name, first_period_start, period_count, rotation_months, max_commute_km, layer_variety_target
                from programme where id = ?""").param(programmeId)
                .query((rs, i) -> new SettingsRecord(PathOrigin.of("programme"), rs.getString(1),
                        rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), weights))
                .single();
    }

    private List<OrganisationRecord> ownOrganisations(long programmeId) {
        return jdbc.sql("""
                select code, name, layer, sector, town, latitude, longitude, province, population
                from programme_organisation where programme_id = ? order by code""")
                .param(programmeId)
                .query((rs, i) -> new OrganisationRecord(PathOrigin.of("organisations[" + rs.getString(1) + "]"),
                        rs.getString(1), rs.getString(2), Layer.valueOf(rs.getString(3)),
                        Sector.valueOf(rs.getString(4)), rs.getString(5), rs.getDouble(6), rs.getDouble(7),
                        rs.getString(8), (Integer) rs.getObject(9)))
                .list();
    }

    private List<CompatibilityRecord> compatibility(long programmeId) {
        return jdbc.sql("select employer_sector, host_sector, compatibility from compatibility where programme_id = ?")
                .param(programmeId)
                .query((rs, i) -> new CompatibilityRecord(PathOrigin.of("compatibility"),
                        Sector.valueOf(rs.getString(1)), Sector.valueOf(rs.getString(2)),
                        Compatibility.valueOf(rs.getString(3))))
                .list();
    }

    /** Name and rules of the programme read at {@code version}; false when it changed meanwhile. */
    boolean updateSettings(long programmeId, Programme programme, int version) {
        return jdbc.sql("""
                update programme set name = ?, max_commute_km = ?, layer_variety_target = ?, version = version + 1,
                    revision = revision + 1
                where id = ? and version = ?""")
                .params(programme.getName(), programme.getMaxCommuteKm(), programme.getLayerVarietyTarget(),
                        programmeId, version)
                .update() == 1;
    }

    /** Locks the programme's row for the rest of the transaction: starts and edits of one programme take turns. */
    public boolean lock(long programmeId) {
        return jdbc.sql("select id from programme where id = ? for update").param(programmeId).query(Long.class)
                .optional().isPresent();
    }

    /**
     * Marks the programme changed, in the transaction of the change: every instance that keeps the programme's
     * working plan in memory sees that it is stale. Its variants are marked too: they are scored against the
     * programme's published plan.
     */
    public void touch(long programmeId) {
        jdbc.sql("update programme set revision = revision + 1 where id = ? or variant_of = ?")
                .params(programmeId, programmeId).update();
    }

    /** How often the programme changed; empty when there is no such programme. */
    public java.util.OptionalLong revision(long programmeId) {
        return jdbc.sql("select revision from programme where id = ?").param(programmeId).query(Long.class).optional()
                .map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }

    public boolean exists(long programmeId) {
        return jdbc.sql("select count(*) from programme where id = ?").param(programmeId).query(Integer.class)
                .single() > 0;
    }

    public List<Long> ids() {
        return new ArrayList<>(jdbc.sql("select id from programme order by id").query(Long.class).list());
    }

    /** Deletes a programme with everything in it; accounts of its participants go with it. */
    @Transactional
    public boolean delete(long programmeId) {
        return jdbc.sql("delete from programme where id = ?").param(programmeId).update() > 0;
    }
}
