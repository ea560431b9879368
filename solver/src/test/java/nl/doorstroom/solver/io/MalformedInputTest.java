package nl.doorstroom.solver.io;

import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.input.InputProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake, in a real file, gives exactly the message a coordinator needs. */
class MalformedInputTest {

    private static final String PARTICIPANTS_HEADER =
            "id,name,kind,employer,salary_scale,discipline,home,first_period,last_period,unavailable\n";
    private static final String CAPACITY_HEADER = "host,period,discipline,min,max,max_salary_scale\n";

    @TempDir
    Path folder;

    private List<String> problems() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(folder));
        assertThat(e).as("the programme should be rejected").isNotNull();
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.getProblems().stream().map(Object::toString).toList()));
        return e.getProblems().stream().map(InputProblem::toString).toList();
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
    }

    private void smallWith(String file, String content) throws IOException {
        TestProgrammes.copyOfSmall(folder);
        write(file, content);
    }

    /** The small programme with other participants, and no files naming the original ones. */
    private void smallWithParticipants(String content) throws IOException {
        smallWith("participants.csv", content);
        write("history.csv", "participant,host,period\n");
        write("distances.csv", "participant,host,km,minutes\n");
        write("wishes.csv", "participant,host,period,by\n");
        write("placements.csv", "participant,period,host,pinned\n");
    }

    @Test
    void missingRequiredFile() throws IOException {
        TestProgrammes.copyOfSmall(folder);
        Files.delete(folder.resolve("participants.csv"));
        Files.delete(folder.resolve("capacity.csv"));
        // history, wishes and placements name participants, but without the file nothing can be checked
        assertThat(problems()).containsExactly("participants.csv: required file is missing",
                "capacity.csv: required file is missing");
    }

    @Test
    void missingRequiredColumn() throws IOException {
        smallWith("capacity.csv", "host,period,min\nGM0796,2027-H1,1\n");
        assertThat(problems()).containsExactly("capacity.csv:1:1: missing required column 'max'");
    }

    @Test
    void anEmailThatIsNoAddress() throws IOException {
        smallWithParticipants("id,name,kind,employer,salary_scale,home,email\n"
                + "T01,Fleur de Groot,TRAINEE,PV30,8,Tilburg,fleur@example.nl\n"
                + "T02,Sjoerd Hoekstra,TRAINEE,GM0796,9,Tilburg,Sjoerd Hoekstra\n");
        assertThat(problems()).containsExactly("participants.csv:3:7: invalid email 'Sjoerd Hoekstra': expected an "
                + "e-mail address such as naam@example.nl, or empty");
    }

    @Test
    void unknownColumn() throws IOException {
        smallWith("wishes.csv", "participant,host,wanneer\nT01,BZK,2028-H1\n");
        assertThat(problems()).containsExactly(
                "wishes.csv:1:3: unknown column 'wanneer': expected one of participant, host, period, by");
    }

    @Test
    void unknownOrganisationCode() throws IOException {
        smallWith("capacity.csv", CAPACITY_HEADER + "GM0796,2027-H1,,1,2,\nGM9999,2027-H2,,1,2,\n");
        assertThat(problems()).containsExactly("capacity.csv:3:1: unknown organisation 'GM9999': expected an "
                + "organisation code such as GM0796, PV30, WS0155 or BZK, from the reference or organisations.csv");
    }

    @Test
    void duplicateParticipantId() throws IOException {
        smallWithParticipants(PARTICIPANTS_HEADER
                + "T01,Fleur de Groot,TRAINEE,PV30,8,,Tilburg,,,\n"
                + "T01,Femke de Groot,TRAINEE,PV30,8,,Breda,,,\n");
        assertThat(problems()).containsExactly("participants.csv:3:1: duplicate participant id 'T01' (first on line 2)");
    }

    @Test
    void duplicateOrganisationCode() throws IOException {
        smallWith("organisations.csv", "code,name,layer,sector,town,latitude,longitude\n"
                + "POOL01,Talentenpool Brabant,OTHER,POOL,Tilburg,51.58,5.08\n"
                + "pool01,Talentenpool Brabant,OTHER,POOL,Breda,51.58,4.76\n");
        assertThat(problems()).containsExactly(
                "organisations.csv:3:1: duplicate organisation code 'pool01' (first on line 2)");
    }

    @Test
    void duplicateCapacity() throws IOException {
        smallWith("capacity.csv", CAPACITY_HEADER + "GM0796,2027-H1,financiën,0,1,\nPV30,2027-H1,,1,1,\n"
                + "GM0796,2027-H1,financiën,1,2,\n");
        assertThat(problems()).containsExactly("capacity.csv:4:3: duplicate capacity for GM0796 in 2027-H1 for "
                + "discipline 'financiën' (first on line 2)");
    }

    @Test
    void duplicatePlacement() throws IOException {
        smallWith("placements.csv", "participant,period,host,pinned\nT01,2027-H1,PV30,true\nT01,2027-H1,GM0796,\n");
        assertThat(problems()).containsExactly(
                "placements.csv:3:2: duplicate placement of T01 in 2027-H1 (first on line 2)");
    }

    @Test
    void negativeCapacity() throws IOException {
        smallWith("capacity.csv", CAPACITY_HEADER + "GM0796,2027-H1,,-1,2,\n");
        assertThat(problems()).containsExactly(
                "capacity.csv:2:4: min -1 is negative: expected a whole number from 0 to 10000");
    }

    @Test
    void minAboveMax() throws IOException {
        smallWith("capacity.csv", CAPACITY_HEADER + "GM0796,2027-H1,,1,2,\nPV30,2027-H1,,1,2,\n"
                + "GM0855,2027-H2,,1,2,\nPV30,2027-H2,,0,2,\nGM0796,2028-H1,,1,2,\nWS0654,2028-H1,,3,2,\n");
        assertThat(problems()).containsExactly("capacity.csv:7:5: min 3 is above max 2");
    }

    @Test
    void malformedDate() throws IOException {
        smallWith("programme.csv", "setting,value\nname,Trainee in Brabant 2027\nfirst_period_start,1-1-2027\n"
                + "period_count,4\n");
        assertThat(problems()).containsExactly("programme.csv:3:2: first_period_start '1-1-2027' is not a date: "
                + "expected yyyy-MM-dd, such as 2027-01-01");
    }

    @Test
    void malformedNumbers() throws IOException {
        smallWithParticipants(PARTICIPANTS_HEADER.replace("home,", "home,home_latitude,home_longitude,")
                + "T01,Fleur de Groot,TRAINEE,PV30,8,,Tilburg,51.5x,5.08,,,\n");
        write("capacity.csv", CAPACITY_HEADER + "GM0796,2027-H1,,1,twee,\n");
        assertThat(problems()).containsExactly(
                "participants.csv:2:8: home_latitude '51.5x' is not a number: expected a decimal number such as 51.7160",
                "capacity.csv:2:5: max 'twee' is not a whole number: expected a whole number from 0 to 10000");
    }

    @Test
    void settingsPointAtTheValueColumn() throws IOException {
        smallWith("programme.csv", "value,setting\n4,period_count\nTrainee,name\n2027-01-01,first_period_start\n"
                + "zes,rotation_months\n1,colour\n");
        // listed as the coordinator reads the file: line by line
        assertThat(problems()).containsExactly(
                "programme.csv:5:1: rotation_months 'zes' is not a whole number: expected a whole number from 1 to 24",
                "programme.csv:6:1: unknown setting 'colour': expected one of name, first_period_start, "
                        + "period_count, rotation_months, max_commute_km, layer_variety_target or weight.<rule name>");
    }

    @Test
    void missingSetting() throws IOException {
        smallWith("programme.csv", "setting,value\nname,Trainee in Brabant 2027\nfirst_period_start,2027-01-01\n");
        assertThat(problems()).containsExactly(
                "programme.csv: missing setting 'period_count': expected a whole number from 1 to 100");
    }

    @Test
    void badWeight() throws IOException {
        smallWith("programme.csv", "setting,value\nname,Trainee\nfirst_period_start,2027-01-01\nperiod_count,4\n"
                + "weight.Long commute,2 zacht\n");
        assertThat(problems()).containsExactly("programme.csv:5:2: weight '2 zacht' is not a score: expected "
                + "Nhard/Nmedium/Nsoft, such as 0hard/0medium/2soft");
    }

    @Test
    void unknownPeriod() throws IOException {
        smallWith("capacity.csv", CAPACITY_HEADER + "GM0796,2030-H1,,1,2,\n");
        assertThat(problems()).containsExactly("capacity.csv:2:2: unknown period '2030-H1': expected one of "
                + "2027-H1, 2027-H2, 2028-H1, 2028-H2");
    }

    @Test
    void unknownEnumValues() throws IOException {
        smallWithParticipants(PARTICIPANTS_HEADER + "T01,Fleur de Groot,STAGIAIR,PV30,8,,Tilburg,,,\n");
        write("organisations.csv", "code,name,layer,sector,town,latitude,longitude\n"
                + "POOL01,Talentenpool,POOL,OVERIG,Tilburg,51.58,5.08\n");
        write("compatibility.csv", "employer_sector,host_sector,compatibility\nPOOL,RIJK,MISSCHIEN\n");
        write("wishes.csv", "participant,host,by\nT01,BZK,MANAGER\n");
        assertThat(problems()).containsExactly(
                "organisations.csv:2:3: unknown layer 'POOL': expected one of MUNICIPALITY, PROVINCE, WATER_BOARD, "
                        + "MINISTRY, OTHER",
                "organisations.csv:2:4: unknown sector 'OVERIG': expected one of GEMEENTEN, PROVINCIES, "
                        + "WATERSCHAPPEN, RIJK, DEFENSIE, POOL",
                "compatibility.csv:2:3: unknown compatibility 'MISSCHIEN': expected one of ALLOWED, SECONDMENT, "
                        + "NOT_ALLOWED",
                "participants.csv:2:3: unknown kind 'STAGIAIR': expected one of TRAINEE, JUNIOR",
                "wishes.csv:2:3: unknown by 'MANAGER': expected one of PARTICIPANT, HOST");
    }

    @Test
    void unknownHome() throws IOException {
        smallWithParticipants(PARTICIPANTS_HEADER
                + "T01,Fleur de Groot,TRAINEE,PV30,8,,'s-Hertogenbosch,,,\n"
                + "T02,Sjoerd Hoekstra,TRAINEE,GM0796,9,,súdwest-fryslân,,,\n"
                + "T03,Zoë van Dijk,TRAINEE,WS0654,8,,Atlantis,,,\n"
                + "T04,Daan Çelik,JUNIOR,POOL01,7,,Bergen,,,\n");
        assertThat(problems()).containsExactly(
                "participants.csv:4:7: unknown home 'Atlantis': expected a municipality code or name",
                "participants.csv:5:7: ambiguous home 'Bergen': expected one of Bergen (NH.), Bergen (L.)");
    }

    @Test
    void firstPeriodAfterLastPeriod() throws IOException {
        smallWithParticipants(PARTICIPANTS_HEADER
                + "T01,Fleur de Groot,TRAINEE,PV30,8,,Tilburg,2028-H1,2027-H2,\n");
        assertThat(problems()).containsExactly(
                "participants.csv:2:9: first_period 2028-H1 is after last_period 2027-H2");
    }

    @Test
    void placementWhereTheParticipantIsNotPlanned() throws IOException {
        smallWith("placements.csv", "participant,period,host,pinned\nT03,2027-H2,WS0654,true\n"
                + "T04,2027-H1,,false\n");
        assertThat(problems()).containsExactly(
                "placements.csv:2:2: T03 is not planned in 2027-H2: expected a period from the participant's "
                        + "first_period to last_period that is not unavailable",
                "placements.csv:3:2: T04 is not planned in 2027-H1: expected a period from the participant's "
                        + "first_period to last_period that is not unavailable");
    }

    @Test
    void salaryScaleOutsideRange() throws IOException {
        smallWithParticipants(PARTICIPANTS_HEADER + "T01,Fleur de Groot,TRAINEE,PV30,19,,Tilburg,,,\n");
        write("capacity.csv", CAPACITY_HEADER + "GM0796,2027-H1,,1,2,0\n");
        assertThat(problems()).containsExactly("participants.csv:2:5: salary_scale 19 is outside 1..18",
                "capacity.csv:2:6: max_salary_scale 0 is outside 1..18");
    }

    @Test
    void emptyRequiredValue() throws IOException {
        smallWithParticipants(PARTICIPANTS_HEADER + "T01,  ,TRAINEE,PV30,8,,Tilburg,,,\n");
        assertThat(problems()).containsExactly("participants.csv:2:2: empty name: expected the participant's full name");
    }

    @Test
    void unterminatedQuote() throws IOException {
        smallWith("wishes.csv", "participant,host\nT01,BZK\n\"T02,GM0796\nT05,WS0652\n");
        assertThat(problems()).containsExactly(
                "wishes.csv:3:1: a quoted field is not closed: expected a \" at the end of the field");
    }

    @Test
    void linesAfterAMultiLineFieldAreCountedPhysically() throws IOException {
        smallWith("history.csv", "participant,host,period\nT01,GM0855,\"2026\nnajaar\"\n\nT02,XX01,2026-H2\n");
        assertThat(problems()).containsExactly("history.csv:5:2: unknown organisation 'XX01': expected an "
                + "organisation code such as GM0796, PV30, WS0155 or BZK, from the reference or organisations.csv");
    }

    @Test
    void textThatIsNotUtf8() throws IOException {
        TestProgrammes.copyOfSmall(folder);
        Files.write(folder.resolve("history.csv"),
                "participant,host,period\nT01,GM0855,2026\nT02,GM0796,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems()).containsExactly(
                "history.csv:3:1: this line is not UTF-8 text: expected the file saved as CSV UTF-8");
    }

    @Test
    void reportsEveryProblemInEveryFileAtOnce() throws IOException {
        TestProgrammes.copyOfSmall(folder);
        Files.delete(folder.resolve("capacity.csv"));
        write("participants.csv", PARTICIPANTS_HEADER
                + "T01,Fleur de Groot,TRAINEE,PV99,8,,Tilburg,,,\n"
                + "T02,Sjoerd Hoekstra,TRAINEE,GM0796,0,,Atlantis,,,2027-H9\n");
        write("wishes.csv", "participant,host,period,by\nT09,BZK,,\n");
        write("placements.csv", "participant,period,host,pinned\nT01,2027-H1,PV30,ja\n");
        assertThat(problems()).containsExactly(
                "participants.csv:2:4: unknown organisation 'PV99': expected an organisation code such as GM0796, "
                        + "PV30, WS0155 or BZK, from the reference or organisations.csv",
                "participants.csv:3:5: salary_scale 0 is outside 1..18",
                "participants.csv:3:7: unknown home 'Atlantis': expected a municipality code or name",
                "participants.csv:3:10: unknown period '2027-H9': expected one of 2027-H1, 2027-H2, 2028-H1, 2028-H2",
                "history.csv:3:1: unknown participant 'T04': expected a participant id from participants.csv",
                "capacity.csv: required file is missing",
                "wishes.csv:2:1: unknown participant 'T09': expected a participant id from participants.csv",
                "placements.csv:2:4: pinned 'ja' is not a yes/no value: expected true, false or empty");
    }

    @Test
    void pinnedPlacementThatBreaksAHardRule() throws IOException {
        smallWith("placements.csv", "participant,period,host,pinned\n"
                + "T01,2027-H1,PV30,true\n"
                + "T02,2027-H1,GM0796,true\n");
        assertThat(problems()).containsExactly("placements.csv:3:3: pinned placement of T02 in 2027-H1 breaks a "
                + "hard rule: Sjoerd Hoekstra works at 's-Hertogenbosch in 2027-H1 and travels 210 km one way; "
                + "the maximum is 80 km.");
    }

    @Test
    void pinnedPlacementsThatTogetherOverfillAHost() throws IOException {
        smallWith("placements.csv", "participant,period,host,pinned\n"
                + "T01,2027-H2,WS0654,true\n"
                + "T05,2027-H2,WS0654,true\n");
        String overfilled = " breaks a hard rule: Waterschap Aa en Maas can take at most 1 participant in 2027-H2, "
                + "but 2 are planned there: Anouk Jansen, Fleur de Groot.";
        assertThat(problems()).containsExactly(
                "placements.csv:2:3: pinned placement of T01 in 2027-H2" + overfilled,
                "placements.csv:3:3: pinned placement of T05 in 2027-H2" + overfilled);
    }
}
