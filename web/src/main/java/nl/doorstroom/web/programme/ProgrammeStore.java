package nl.doorstroom.web.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Sector;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeSource;

/**
 * Keeps programmes in PostgreSQL. A stored programme is turned back into a {@link Plan} through the
 * same reader as a programme folder ({@link ProgrammeFiles}), so the web application and the
 * command-line planner can never disagree about what a programme means.
 */
@Repository
public class ProgrammeStore {

    private final JdbcClient jdbc;

    public ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a programme that was read (and so validated) whole; returns its id. */
    @Transactional
    public long insert(Plan plan) {
        Programme programme = plan.getProgramme();
        for (Organisation o : plan.getOrganisations()) {
            upsertOrganisation(o);
        }
        long id = jdbc.sql("""
                insert into programme (name, first_period_start, rotation_months, period_count, max_commute_km,
                                       layer_variety_target)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(programme.getName(), programme.getPeriods().get(0).getStart(), programme.getRotationMonths(),
                        programme.getPeriods().size(), programme.getMaxCommuteKm(), programme.getLayerVarietyTarget())
                .query(Long.class).single();
        new TreeMap<>(programme.getWeightOverrides()).forEach((rule, weight) ->
                jdbc.sql("insert into programme_weight (programme_id, rule, weight) values (?, ?, ?)")
                        .params(id, rule, weight.toString()).update());
        for (Sector employer : Sector.values()) {
            for (Sector host : Sector.values()) {
                jdbc.sql("insert into compatibility values (?, ?, ?, ?)")
                        .params(id, employer.name(), host.name(),
                                programme.getCompatibility().get(employer, host).name())
                        .update();
            }
        }
        for (Period period : programme.getPeriods()) {
            jdbc.sql("insert into period (programme_id, id, idx, start_date, end_date) values (?, ?, ?, ?, ?)")
                    .params(id, period.getId(), period.getIndex(), period.getStart(), period.getEnd()).update();
        }
        for (Participant p : plan.getParticipants()) {
            insertParticipant(id, p);
        }
        for (CapacityDeclaration c : plan.getCapacityDeclarations()) {
            jdbc.sql("""
                    insert into capacity_declaration (programme_id, host_code, period_id, discipline, min, max,
                                                      max_salary_scale)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, c.getHost().getCode(), c.getPeriod().getId(), c.getDiscipline(), c.getMin(),
                            c.getMax(), c.getMaxSalaryScale())
                    .update();
        }
        for (Wish w : plan.getWishes()) {
            jdbc.sql("insert into wish (programme_id, participant_id, host_code, period_id, source) values (?, ?, ?, ?, ?)")
                    .params(id, w.participant().getId(), w.host().getCode(),
                            w.period() == null ? null : w.period().getId(), w.source().name())
                    .update();
        }
        for (Placement placement : plan.getPlacements()) {
            jdbc.sql("""
                    insert into placement (programme_id, participant_id, period_id, host_code, pinned)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, placement.getParticipant().getId(), placement.getPeriod().getId(),
                            placement.getHost() == null ? null : placement.getHost().getCode(), placement.isPinned())
                    .update();
        }
        return id;
    }

    private void upsertOrganisation(Organisation o) {
        jdbc.sql("""
                insert into organisation (code, name, layer, sector, town, latitude, longitude)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, layer = excluded.layer,
                    sector = excluded.sector, town = excluded.town, latitude = excluded.latitude,
                    longitude = excluded.longitude""")
                .params(o.getCode(), o.getName(), o.getLayer().name(), o.getSector().name(), o.getTown(),
                        o.getLocation().latitude(), o.getLocation().longitude())
                .update();
    }

    private void insertParticipant(long programmeId, Participant p) {
        jdbc.sql("""
                insert into participant (programme_id, id, name, kind, employer_code, salary_scale, discipline, home,
                                         home_latitude, home_longitude, first_period, last_period, max_commute_km,
                                         email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(programmeId, p.getId(), p.getName(), p.getKind().name(), p.getEmployer().getCode(),
                        p.getSalaryScale(), p.getDiscipline(), p.getHomeTown(), p.getHome().latitude(),
                        p.getHome().longitude(), p.getFirstPeriod().getId(), p.getLastPeriod().getId(),
                        p.getMaxCommuteKm(), p.getEmail())
                .update();
        for (Period period : p.getUnavailablePeriods()) {
            jdbc.sql("insert into participant_unavailable values (?, ?, ?)").params(programmeId, p.getId(),
                    period.getId()).update();
        }
        for (HistoryEntry entry : p.getHistory()) {
            jdbc.sql("insert into history_entry (programme_id, participant_id, host_code, period_label) values (?, ?, ?, ?)")
                    .params(programmeId, p.getId(), entry.host().getCode(), entry.period()).update();
        }
        p.getKnownCommutes().forEach((host, commute) -> jdbc.sql(
                "insert into known_commute values (?, ?, ?, ?, ?)")
                .params(programmeId, p.getId(), host, commute.km(), commute.minutes()).update());
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

    /**
     * The programme as a plan to solve or explain: the draft placements as they are, and for DESIGN rule 11
     * the hosts of the latest published version (none before the first publication).
     */
    public Plan load(long programmeId) {
        Plan plan = ProgrammeReader.read(ProgrammeSource.of(files(programmeId)));
        Map<String, Organisation> byCode = new HashMap<>();
        plan.getOrganisations().forEach(o -> byCode.put(o.getCode(), o));
        Map<String, String> published = new HashMap<>();
        jdbc.sql("""
                select pp.participant_id, pp.period_id, pp.host_code from published_placement pp
                where pp.plan_version_id = (select max(id) from plan_version where programme_id = ?)""")
                .param(programmeId)
                .query(rs -> {
                    published.put(rs.getString(1) + "@" + rs.getString(2), rs.getString(3));
                });
        for (Placement placement : plan.getPlacements()) {
            String host = published.get(placement.getId());
            placement.setPublishedHost(host == null ? null : byCode.get(host));
        }
        return plan;
    }

    /** The programme as the files of a programme folder. */
    public Map<String, byte[]> files(long programmeId) {
        return new ProgrammeFiles(jdbc, programmeId).all();
    }
}
