package nl.doorstroom.solver.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Decimal numbers as spreadsheets write them, in both decimal marks; anything else is not one. */
class DecimalsTest {

    @Property(tries = 500)
    void aNumberWrittenWithEitherDecimalMarkReadsBack(@ForAll @DoubleRange(min = -180, max = 180) double value) {
        String written = BigDecimal.valueOf(value).toPlainString();
        assertThat(Decimals.parse(written)).isEqualTo(value);
        assertThat(Decimals.parse(written.replace('.', ','))).isEqualTo(value);
    }

    @Test
    void textThatIsNoPlainNumberIsRefused() {
        for (String text : new String[] {"NaN", "Infinity", "1e3", "51.5x", "5.1.2", "-", "", "5,3,1", "0x10"}) {
            assertThat(Decimals.parse(text)).as(text).isNull();
        }
    }
}
