package nl.doorstroom.solver.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.domain.ParticipantKind;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ReferenceOrganisations;

/**
 * The assembler checks records from any source by the same rules, and points at a form's or a stored record's
 * fields by path instead of by file and line.
 */
class ProgrammeAssemblerTest {

    private final ProgrammeAssembler assembler = new ProgrammeAssembler(ReferenceOrganisations.data());

    private static SettingsRecord settings() {
        return new SettingsRecord(PathOrigin.of("settings"), "Proef", LocalDate.of(2027, 1, 1), 2, null, null, null,
                List.of());
    }

    private static ParticipantRecord participant(Origin origin, String id, Integer scale, String home) {
        return new ParticipantRecord(origin, id, "Anna de Vries", ParticipantKind.TRAINEE, "PV30", scale, null, home,
                null, null, null, null, List.of(), null, null);
    }

    private static ProgrammeInput input(List<ParticipantRecord> participants, List<CapacityRecord> capacity) {
        return new ProgrammeInput(settings(), List.of(), List.of(), participants, List.of(), List.of(), capacity,
                List.of(), List.of(), List.of());
    }

    private static CapacityRecord slot(Origin origin, String host, String period, Integer min, Integer max) {
        return new CapacityRecord(origin, host, period, null, min, max, null);
    }

    private List<InputProblem> problems(ProgrammeInput input) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> assembler.assemble(input));
        assertThat(e).as("the input should be refused").isNotNull();
        return e.getProblems();
    }

    @Test
    void validRecordsFromAnySourceMakeAPlan() {
        Plan plan = assembler.assemble(input(List.of(participant(PathOrigin.of("participants[T1]"), "T1", 8, "Tilburg")),
                List.of(slot(PathOrigin.of("capacity[1]"), "PV30", "2027-H1", 0, 2))));
        assertThat(plan.getPlacements()).extracting(p -> p.getId()).containsExactly("T1@2027-H1", "T1@2027-H2");
        assertThat(plan.getParticipants().get(0).getHomeTown()).isEqualTo("Tilburg");
    }

    @Test
    void aFormsFieldsArePointedAtByTheirJsonNames() {
        List<InputProblem> problems = problems(input(List.of(participant(PathOrigin.BODY, "T1", 19, "Atlantis")),
                List.of(slot(PathOrigin.BODY, "PV30", "2027-H1", 3, 2))));
        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                "salaryScale: salaryScale 19 is outside 1..18",
                "home: unknown home 'Atlantis': expected a municipality code or name",
                "max: min 3 is above max 2");
        assertThat(problems).extracting(InputProblem::path).containsExactly("salaryScale", "home", "max");
        assertThat(problems).allMatch(p -> p.file() == null && p.line() == 0);
    }

    @Test
    void storedRecordsArePointedAtByTheirPlaceInTheProgramme() {
        List<InputProblem> problems = problems(input(
                List.of(participant(PathOrigin.of("participants[T1]"), "T1", 8, "Tilburg"),
                        participant(PathOrigin.of("participants[T1b]"), "T1", 8, "Breda")),
                List.of()));
        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                "participants[T1b].id: duplicate participant id 'T1' (one exists already)");
    }

    @Test
    void problemsReadInDutchByDefaultAndInEnglishWhenAsked() {
        InputProblem problem = problems(input(List.of(participant(PathOrigin.BODY, "T1", 0, "Tilburg")), List.of()))
                .get(0);
        assertThat(problem.message(Locale.forLanguageTag("nl"))).isEqualTo("salaryScale 0 ligt buiten 1..18");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("salaryScale 0 is outside 1..18");
        assertThat(problem.message(Locale.GERMAN)).as("any other language reads Dutch")
                .isEqualTo("salaryScale 0 ligt buiten 1..18");
    }

    @Test
    void idsThatCannotStandInAWebAddressAreRefused() {
        List<InputProblem> problems = problems(input(List.of(participant(PathOrigin.BODY, "T 1", 8, "Tilburg"),
                participant(PathOrigin.of("second"), "T/2", 8, "Tilburg")), List.of()));
        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                "id: id 'T 1' is not a usable id: expected at most 64 letters, digits, '-', '_' or '.', without spaces",
                "second.id: id 'T/2' is not a usable id: expected at most 64 letters, digits, '-', '_' or '.', "
                        + "without spaces");
    }

    @Test
    void numbersAndTextsHaveBounds() {
        List<CapacityRecord> capacity = new ArrayList<>();
        capacity.add(slot(PathOrigin.of("a"), "PV30", "2027-H1", 0, Integer.MAX_VALUE));
        ParticipantRecord longName = new ParticipantRecord(PathOrigin.of("b"), "T1", "x".repeat(201),
                ParticipantKind.TRAINEE, "PV30", 8, null, "Tilburg", null, null, null, null, List.of(), null, null);
        assertThat(problems(input(List.of(longName), capacity))).extracting(InputProblem::toString).containsExactly(
                "b.name: name is 201 characters long: expected at most 200",
                "a.max: max 2147483647 is outside 0..10000");
    }
}
