package nl.doorstroom.solver.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the files of one programme come from: a folder on disk or files held in memory (an upload). */
public interface ProgrammeSource {

    /** The content of the named file, or empty when the programme has no such file. */
    Optional<byte[]> bytes(String fileName) throws IOException;

    /** The named file as UTF-8 text; the reader does not strip a byte-order mark. */
    default Optional<Reader> reader(String fileName) throws IOException {
        return bytes(fileName).map(b -> new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8));
    }

    static ProgrammeSource folder(Path folder) {
        return fileName -> {
            Path file = folder.resolve(fileName);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        };
    }

    static ProgrammeSource of(Map<String, byte[]> files) {
        Map<String, byte[]> copy = Map.copyOf(files);
        return fileName -> Optional.ofNullable(copy.get(fileName)).map(byte[]::clone);
    }
}
