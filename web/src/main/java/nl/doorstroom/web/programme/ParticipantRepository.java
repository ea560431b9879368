package nl.doorstroom.web.programme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.ParticipantKind;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.input.DistanceRecord;
import nl.doorstroom.solver.input.HistoryRecord;
import nl.doorstroom.solver.input.ParticipantRecord;
import nl.doorstroom.solver.input.PathOrigin;

/** Participants of programmes, with their unavailable periods, earlier placements and known distances. */
@Repository
public class ParticipantRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ParticipantRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertAll(long programmeId, List<Participant> participants) {
        batch.batchUpdate("""
                insert into participant (programme_id, id, name, kind, employer_code, salary_scale, discipline, home,
                                         home_latitude, home_longitude, first_period, last_period, max_commute_km,
                                         email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                participants.stream().map(p -> new Object[] {programmeId, p.getId(), p.getName(), p.getKind().name(),
                        p.getEmployer().getCode(), p.getSalaryScale(), p.getDiscipline(), p.getHomeTown(),
                        p.getHome().latitude(), p.getHome().longitude(), p.getFirstPeriod().getId(),
                        p.getLastPeriod().getId(), p.getMaxCommuteKm(), p.getEmail()}).toList());
        List<Object[]> unavailable = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> commutes = new ArrayList<>();
        for (Participant p : participants) {
            for (Period period : p.getUnavailablePeriods()) {
                unavailable.add(new Object[] {programmeId, p.getId(), period.getId()});
            }
            for (HistoryEntry entry : p.getHistory()) {
                history.add(new Object[] {programmeId, p.getId(), entry.host().getCode(), entry.period()});
            }
            p.getKnownCommutes().forEach((host, commute) -> commutes.add(
                    new Object[] {programmeId, p.getId(), host, commute.km(), commute.minutes()}));
        }
        batch.batchUpdate("insert into participant_unavailable (programme_id, participant_id, period_id) values (?, ?, ?)",
                unavailable);
        batch.batchUpdate("""
                insert into history_entry (programme_id, participant_id, host_code, period_label) values (?, ?, ?, ?)""",
                history);
        batch.batchUpdate("""
                insert into known_commute (programme_id, participant_id, host_code, km, minutes)
                values (?, ?, ?, ?, ?)""", commutes);
    }

    /** The stored participants as records, located by id: {@code participants[T01].home}. */
    List<ParticipantRecord> records(long programmeId) {
        return jdbc.sql("""
                select p.id, p.name, p.kind, p.employer_code, p.salary_scale, p.discipline, p.home, p.home_latitude,
                       p.home_longitude, p.first_period, p.last_period, p.max_commute_km,
                       (select string_agg(u.period_id, '|') from participant_unavailable u
                        where u.programme_id = p.programme_id and u.participant_id = p.id), p.email
                from participant p where p.programme_id = ? order by p.id""")
                .param(programmeId)
                .query((rs, i) -> {
                    String unavailable = rs.getString(13);
                    return new ParticipantRecord(origin(rs.getString(1)), rs.getString(1), rs.getString(2),
                            ParticipantKind.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5), rs.getString(6),
                            rs.getString(7), (Double) rs.getObject(8), (Double) rs.getObject(9), rs.getString(10),
                            rs.getString(11), unavailable == null ? List.of() : Arrays.asList(unavailable.split("\\|")),
                            (Integer) rs.getObject(12), rs.getString(14));
                })
                .list();
    }

    static PathOrigin origin(String participantId) {
        return PathOrigin.of("participants[" + participantId + "]");
    }

    List<HistoryRecord> history(long programmeId) {
        return jdbc.sql("""
                select id, participant_id, host_code, period_label from history_entry
                where programme_id = ? order by participant_id, id""")
                .param(programmeId)
                .query((rs, i) -> new HistoryRecord(PathOrigin.of("history[" + rs.getLong(1) + "]"), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    List<DistanceRecord> distances(long programmeId) {
        return jdbc.sql("""
                select participant_id, host_code, km, minutes from known_commute
                where programme_id = ? order by participant_id, host_code""")
                .param(programmeId)
                .query((rs, i) -> new DistanceRecord(PathOrigin.of("distances[" + rs.getString(1) + "/"
                        + rs.getString(2) + "]"), rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** Where the participant lives, as stored. */
    public Optional<Location> home(long programmeId, String participantId) {
        return jdbc.sql("""
                select home_latitude, home_longitude from participant
                where programme_id = ? and id = ? and home_latitude is not null and home_longitude is not null""")
                .params(programmeId, participantId)
                .query((rs, i) -> new Location(rs.getDouble(1), rs.getDouble(2))).optional();
    }

    /** The participant's real road distances, by host code. */
    public Map<String, Commute> knownCommutes(long programmeId, String participantId) {
        Map<String, Commute> commutes = new HashMap<>();
        jdbc.sql("select host_code, km, minutes from known_commute where programme_id = ? and participant_id = ?")
                .params(programmeId, participantId)
                .query(rs -> {
                    commutes.put(rs.getString(1), new Commute(rs.getInt(2), rs.getInt(3)));
                });
        return commutes;
    }

    boolean exists(long programmeId, String participantId) {
        return jdbc.sql("select count(*) from participant where programme_id = ? and id = ?")
                .params(programmeId, participantId).query(Integer.class).single() > 0;
    }

    /** Name, salary scale, discipline and own commute limit of the participant read at {@code version}. */
    boolean update(long programmeId, Participant changed, int version) {
        return jdbc.sql("""
                update participant set name = ?, salary_scale = ?, discipline = ?, max_commute_km = ?,
                    version = version + 1
                where programme_id = ? and id = ? and version = ?""")
                .params(changed.getName(), changed.getSalaryScale(), changed.getDiscipline(),
                        changed.getMaxCommuteKm(), programmeId, changed.getId(), version)
                .update() == 1;
    }

    /** With the participant go their placements, wishes and account. */
    boolean delete(long programmeId, String participantId) {
        return jdbc.sql("delete from participant where programme_id = ? and id = ?").params(programmeId, participantId)
                .update() == 1;
    }
}
