package nl.doorstroom.solver.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every problem can be said in both languages. */
class ProblemBundleTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemBundleTest.class.getResourceAsStream("/nl/doorstroom/solver/input/" + name)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Properties dutch = bundle("problems.properties");
        Properties english = bundle("problems_en.properties");
        assertThat(dutch.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
    }
}
