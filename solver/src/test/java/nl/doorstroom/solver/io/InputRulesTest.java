package nl.doorstroom.solver.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.input.InputProblem;
import nl.doorstroom.solver.input.InvalidInputException;

/** The rules of the input, each in real files under /inputs laid over the small programme. */
class InputRulesTest {

    @TempDir
    Path folder;

    private Plan read(String inputCase) throws IOException {
        return ProgrammeReader.read(TestProgrammes.copyOfSmallWith(folder, inputCase));
    }

    private List<String> problemsOf(String inputCase) throws IOException {
        TestProgrammes.copyOfSmallWith(folder, inputCase);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ProgrammeReader.read(folder));
        assertThat(e).as("the programme should be refused").isNotNull();
        return e.getProblems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void homesAreMatchedAsPeopleWriteThem() throws IOException {
        Map<String, Participant> participants = read("names").getParticipants().stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        assertThat(participants.get("T01").getHomeTown()).as("typographic apostrophe").isEqualTo("'s-Hertogenbosch");
        assertThat(participants.get("T02").getHomeTown()).as("decomposed Unicode").isEqualTo("Súdwest-Fryslân");
        assertThat(participants.get("T03").getHomeTown()).as("alias").isEqualTo("'s-Hertogenbosch");
        assertThat(participants.get("T04").getHomeTown()).as("case, spaces, CBS suffix").isEqualTo("Hengelo (O.)");
        assertThat(participants.get("T06").getHomeTown()).as("alias").isEqualTo("'s-Gravenhage");
        assertThat(participants.get("T07").getHomeTown()).as("suffix without brackets").isEqualTo("Bergen (NH.)");
    }

    @Test
    void aDisciplineInAnotherCaseFindsItsSlot() throws IOException {
        Plan plan = read("names");
        var t02 = plan.getPlacements().stream().filter(p -> p.getId().equals("T02@2027-H1")).findFirst().orElseThrow();
        var slot = plan.getCapacityDeclarations().stream().filter(c -> c.getId().equals("GM0796/2027-H1/financiën"))
                .findFirst().orElseThrow();
        assertThat(slot.isSlotFor(t02.getParticipant())).isTrue();
    }

    @Test
    void unknownNamesComeWithTheNameOrCodeMeant() throws IOException {
        assertThat(problemsOf("unknown-names")).containsExactly(
                "participants.csv:4:7: unknown home 'Tilbrug': expected a municipality code or name; did you mean "
                        + "Tilburg?",
                "capacity.csv:4:1: unknown organisation 'PV3O': expected an organisation code; did you mean PV30 "
                        + "(Provincie Noord-Brabant)?",
                "capacity.csv:6:1: unknown organisation 'Tilburg': expected an organisation code; did you mean "
                        + "GM0855 (Tilburg)?");
    }

    @Test
    void periodIdsAreCheckedWhenTheNumberOfPeriodsIsWrong() throws IOException {
        assertThat(problemsOf("settings-count-broken")).containsExactly(
                "programme.csv:4:2: period_count 'vier' is not a whole number: expected a whole number from 1 to 100",
                "capacity.csv:4:2: unknown period '2027-H3': expected a period from 2027-H1 on, such as 2027-H1 or "
                        + "2027-H2");
    }

    @Test
    void periodIdsAreCheckedForTheirFormWhenTheStartIsWrong() throws IOException {
        assertThat(problemsOf("settings-start-broken")).containsExactly(
                "programme.csv:3:2: first_period_start '1-1-2027' is not a date: expected yyyy-MM-dd, such as "
                        + "2027-01-01",
                "programme.csv:5:2: max_commute_km 'tachtig' is not a whole number: expected a whole number from 0 "
                        + "to 1000",
                "capacity.csv:3:2: unknown period '27-H2': expected a period id such as 2027-H1, 2027-H2 or 2027-03");
    }

    @Test
    void participantsAndWishesThatCanNeverBePlannedAreRefused() throws IOException {
        assertThat(problemsOf("impossible")).containsExactly(
                "participants.csv:7:12: T06 is unavailable in every period from 2028-H1 to 2028-H2: expected at "
                        + "least one period to be placed in",
                "wishes.csv:3:3: T03 is not planned in 2027-H2: expected a period in which the participant is "
                        + "active and not unavailable",
                "wishes.csv:4:2: GM0363 (Amsterdam) is not a host of this programme: expected an organisation that "
                        + "declares capacity",
                "wishes.csv:5:3: WS0654 declared no capacity for 2027-H1: expected a period in which it did "
                        + "(2027-H2)",
                "wishes.csv:6:2: GM0772 has no capacity in a period T03 is planned in (2027-H1, 2028-H1): GM0772 "
                        + "declares capacity for 2028-H2");
    }

    @Test
    void aProgrammeWithoutParticipantsIsRefused() throws IOException {
        assertThat(problemsOf("no-participants")).containsExactly(
                "participants.csv: the programme has no participants: expected at least one participant to plan");
    }

    @Test
    void homesAndHostsFarOutsideTheNetherlandsAreQuestioned() throws IOException {
        assertThat(problemsOf("far-away")).containsExactly(
                "organisations.csv:3:6: 48.8566, 2.3522 lies about 276 km outside the Netherlands: expected a place "
                        + "in the Netherlands or at most 50 km beyond its border",
                "participants.csv:2:8: 52.3, 2.9 lies about 71 km outside the Netherlands: expected a place in the "
                        + "Netherlands or at most 50 km beyond its border",
                "participants.csv:3:8: home_latitude 5156 is outside -90..90: it looks like 51.56 with its decimal "
                        + "mark moved (a decimal comma read as a thousands separator?)",
                "participants.csv:3:9: home_longitude 508 is outside -180..180: it looks like 5.08 with its decimal "
                        + "mark moved (a decimal comma read as a thousands separator?)",
                "participants.csv:4:8: 51, 56 lies about 3425 km outside the Netherlands: the numbers look like "
                        + "51, 5.6 with a decimal mark moved");
    }

    @Test
    void aWeightNamesItsRuleByKeyOrByTitleInEitherLanguage() throws IOException {
        assertThat(read("weights-by-title").getProgramme().getWeightOverrides()).containsOnlyKeys("Too few layers",
                "Long commute", "Secondment needed");
    }

    @Test
    void aRuleWeightedTwiceOrUnknownIsRefused() throws IOException {
        assertThat(problemsOf("weight-twice")).containsExactly(
                "programme.csv:8:2: rule 'Long commute' is weighted twice, here as 'Lange reisafstand' (first on "
                        + "line 7)",
                "programme.csv:9:2: unknown rule 'Too many layers' in weight.Too many layers: expected one of "
                        + "Host capacity exceeded, No declared capacity, Sector not compatible, Salary scale above "
                        + "ceiling, Commute too long, Same host twice, Discipline does not fit, Trainee not placed, "
                        + "Host minimum not met, Junior between assignments, Too few layers, Same layer twice in a "
                        + "row, Long commute, Wish not honoured, Secondment needed, Change to published plan, Unfair "
                        + "commute, or "
                        + "the rule's title as the explanation shows it");
    }

    /** A pinned placement that breaks a hard rule was only reported once every other problem was fixed. */
    @Test
    void aPinThatBreaksAHardRuleIsListedWithTheOtherProblems() throws IOException {
        assertThat(problemsOf("hidden-pin")).containsExactly(
                "participants.csv:5:5: salary_scale 27 is outside 1..18",
                "placements.csv:3:3: pinned placement of T02 in 2027-H1 breaks a hard rule: Sjoerd Hoekstra works "
                        + "at 's-Hertogenbosch in 2027-H1 and travels 210 km one way; the maximum is 80 km.");
    }

    /** A duplicate row's own problems, and a duplicate with min above max, are all listed. */
    @Test
    void aDuplicateRowsOtherProblemsAreListedToo() throws IOException {
        assertThat(problemsOf("hidden-duplicates")).containsExactly(
                "participants.csv:7:1: duplicate participant id 'T05' (first on line 6)",
                "participants.csv:7:5: salary_scale 19 is outside 1..18",
                "participants.csv:7:7: unknown home 'Atlantis': expected a municipality code or name",
                "capacity.csv:13:3: duplicate capacity for GM0796 in 2027-H1 for discipline 'financiën' (first "
                        + "on line 3)",
                "capacity.csv:13:5: min 3 is above max 1");
    }

    @Test
    void hostsNearTheBorderCount() throws IOException {
        // far-away's Antwerp office and the home in Kleve are not questioned
        assertThat(problemsOf("far-away")).noneMatch(p -> p.contains(":4:6:") || p.contains(":5:8:"));
        assertThat(read("names").getOrganisations()).extracting(Organisation::getCode).contains("POOL01");
    }
}
