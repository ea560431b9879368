package nl.doorstroom.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Names compare the same however people write them, and differ when their letters do. */
class TextKeyTest {

    @Property(tries = 500)
    void theUnicodeFormCaseAndSurroundingSpacesNeverMatter(@ForAll String text) {
        String key = TextKey.of(text);
        assertThat(TextKey.of(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(key);
        assertThat(TextKey.of("  " + text.toUpperCase(Locale.ROOT) + " \t")).isEqualTo(TextKey.of(text.toUpperCase(
                Locale.ROOT)));
        assertThat(TextKey.of(key)).as("a key is its own key").isEqualTo(key);
    }

    @Test
    void apostrophesDashesAndSpacesAsPeopleTypeThem() {
        assertThat(TextKey.of("\u2019s-Hertogenbosch")).isEqualTo(TextKey.of("'s-Hertogenbosch"));
        assertThat(TextKey.of("Súdwest \u2013 Fryslân")).isEqualTo(TextKey.of("Súdwest-Fryslân"));
        assertThat(TextKey.of("sociaal   domein")).isEqualTo(TextKey.of("Sociaal Domein"));
        assertThat(TextKey.of("water")).isNotEqualTo(TextKey.of("waterbeheer"));
    }
}
