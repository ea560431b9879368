package nl.doorstroom.solver.io;

import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.input.InputProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever arrives (an upload, a broken export), reading either gives a plan or an
 * {@link InvalidInputException} whose problems all point somewhere; nothing else escapes.
 */
class UntrustedInputTest {

    private static final Map<String, byte[]> SMALL = TestProgrammes.smallFiles();

    @Property(tries = 300)
    void randomBytesInAnyFile(@ForAll("fileNames") String file, @ForAll @Size(max = 300) byte[] content) {
        readWith(file, content);
    }

    @Property(tries = 300)
    void randomCsvLikeText(@ForAll("fileNames") String file, @ForAll("csvLikeText") String content) {
        readWith(file, content.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void validFilesWithCharactersDeletedInsertedOrDuplicated(@ForAll("fileNames") String file,
            @ForAll("edits") List<Edit> edits) {
        String text = new String(SMALL.get(file), StandardCharsets.UTF_8);
        for (Edit edit : edits) {
            text = edit.apply(text);
        }
        readWith(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void readWith(String file, byte[] content) {
        Map<String, byte[]> files = new HashMap<>(SMALL);
        files.put(file, content);
        try {
            ProgrammeReader.read(ProgrammeSource.of(files));
        } catch (InvalidInputException e) {
            assertThat(e.getProblems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isNotBlank();
                assertThat(p.line()).isNotNegative();
                assertThat(p.column()).isNotNegative();
                assertThat(p.message()).isNotBlank();
            });
        }
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of(TestProgrammes.FILES);
    }

    @Provide
    Arbitrary<String> csvLikeText() {
        return Arbitraries.strings().withChars(",;\"\r\n \uFEFF|-.0123456789abcHT").withCharRange('A', 'Z')
                .withChars("éëç'").ofMaxLength(200)
                .map(s -> (s.length() % 2 == 0 ? "participant,host,period,by\n" : "") + s);
    }

    record Edit(int kind, int position, char character) {
        String apply(String text) {
            if (text.isEmpty()) {
                return String.valueOf(character);
            }
            int at = Math.floorMod(position, text.length());
            return switch (kind) {
                case 0 -> text.substring(0, at) + text.substring(at + 1);
                case 1 -> text.substring(0, at) + character + text.substring(at);
                default -> text.substring(0, at) + text.charAt(at) + text.substring(at);
            };
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Character> characters = Arbitraries.oneOf(Arbitraries.of(',', ';', '"', '\n', '\r', '|', ' ', '-',
                '\uFEFF', '0', '9'), Arbitraries.chars());
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().greaterOrEqual(0), characters).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }
}
