package nl.doorstroom.solver.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The shape homes and hosts are checked against, against the municipal outlines it was made from. */
class NetherlandsTest {

    private static final Path OUTLINES = Path.of("..", "data", "reference", "municipalities-2025.geojson");
    private static final Pattern POINT = Pattern.compile("\\[(-?\\d+\\.?\\d*),(-?\\d+\\.?\\d*)]");

    @Test
    void everyCornerOfEveryMunicipalityLiesInsideTheShape() throws IOException {
        Matcher points = POINT.matcher(Files.readString(OUTLINES));
        int count = 0;
        while (points.find()) {
            double longitude = Double.parseDouble(points.group(1));
            double latitude = Double.parseDouble(points.group(2));
            assertThat(Netherlands.kmOutside(latitude, longitude)).as("%s, %s", latitude, longitude).isZero();
            count++;
        }
        assertThat(count).as("points read from the outlines").isGreaterThan(6000);
    }

    @Test
    void placesJustOverTheBorderCountAndPlacesFarAwayDoNot() {
        assertThat(Netherlands.isNear(51.2194, 4.4025)).as("Antwerpen").isTrue();
        assertThat(Netherlands.isNear(51.7900, 6.1400)).as("Kleve").isTrue();
        assertThat(Netherlands.isNear(50.7753, 6.0839)).as("Aachen").isTrue();
        assertThat(Netherlands.isNear(48.8566, 2.3522)).as("Paris").isFalse();
        assertThat(Netherlands.isNear(51.5074, -0.1278)).as("London").isFalse();
        assertThat(Netherlands.isNear(52.3, 2.9)).as("North Sea, 70 km off the coast").isFalse();
        assertThat(Netherlands.isNear(51.0, 56.0)).as("a decimal comma that split 5,6").isFalse();
    }
}
