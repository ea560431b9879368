package nl.doorstroom.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report's and the diagnosis' words exist in both languages. */
class ExplanationBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExplanationBundlesTest.class.getResourceAsStream("/nl/doorstroom/solver/explain/"
                + name)) {
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "diagnosis"})
    void dutchAndEnglishHaveTheSameKeys(String name) throws IOException {
        assertThat(bundle(name + ".properties").stringPropertyNames()).isNotEmpty()
                .isEqualTo(bundle(name + "_en.properties").stringPropertyNames());
    }
}
