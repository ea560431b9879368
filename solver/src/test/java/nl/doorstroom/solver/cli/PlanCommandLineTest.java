package nl.doorstroom.solver.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PlanCommandLineTest {

    @Test
    void defaultsToThirtySecondsDutchAndTheProgrammeFolder() throws Exception {
        PlanCommandLine line = PlanCommandLine.parse(List.of("data/programmes/x"));

        assertThat(line.time()).isEqualTo(Duration.ofSeconds(30));
        assertThat(line.outFolder()).isEqualTo(Path.of("data/programmes/x"));
        assertThat(line.locale()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(line.today()).isNull();
    }

    @Test
    void readsEveryOption() throws Exception {
        PlanCommandLine line = PlanCommandLine.parse(
                List.of("--time", "2m", "p", "--out", "o", "--lang", "en", "--today", "2027-08-01"));

        assertThat(line.programmeFolder()).isEqualTo(Path.of("p"));
        assertThat(line.time()).isEqualTo(Duration.ofMinutes(2));
        assertThat(line.outFolder()).isEqualTo(Path.of("o"));
        assertThat(line.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(line.today()).isEqualTo(LocalDate.of(2027, 8, 1));
    }

    @Test
    void readsDurations() throws Exception {
        assertThat(PlanCommandLine.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(PlanCommandLine.parseDuration("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(PlanCommandLine.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> PlanCommandLine.parse(List.of("p", "--time", "0s")))
                .hasMessage("--time expects a positive duration such as 30s, 2m or 1h, got '0s'");
        assertThatThrownBy(() -> PlanCommandLine.parse(List.of("p", "--lang", "de")))
                .hasMessage("--lang expects nl or en, got 'de'");
        assertThatThrownBy(() -> PlanCommandLine.parse(List.of("p", "--today", "1-8-2027")))
                .hasMessage("--today expects a date yyyy-MM-dd, got '1-8-2027'");
        assertThatThrownBy(() -> PlanCommandLine.parse(List.of("p", "q")))
                .hasMessage("only one programme folder, got p and q");
        assertThatThrownBy(() -> PlanCommandLine.parse(List.of("p", "--fast")))
                .hasMessage("unknown option --fast");
        assertThatThrownBy(() -> PlanCommandLine.parse(List.of("p", "--out")))
                .hasMessage("--out needs a value");
        assertThatThrownBy(() -> PlanCommandLine.parse(List.of("-t", "p")))
                .hasMessage("unknown option -t");
    }

    @Test
    void helpAndThePublishedPlanAreOptions() throws Exception {
        assertThat(PlanCommandLine.parse(List.of("-h")).help()).isTrue();
        assertThat(PlanCommandLine.parse(List.of("p", "--help")).help()).isTrue();
        PlanCommandLine line = PlanCommandLine.parse(List.of("p", "--published", "v1.csv", "--today", "2027-08-01"));
        assertThat(line.published()).isEqualTo(Path.of("v1.csv"));
        assertThat(line.help()).isFalse();
    }
}
