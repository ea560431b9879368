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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Where the files of one programme come from: a folder on disk or files held in memory (an upload). */
public interface ProgrammeSource {

    /** The content of the named file, or empty when the programme has no such file. */
    Optional<byte[]> bytes(String fileName) throws IOException;

    /**
     * The names of the files this source holds, so one the reader does not know (a misspelt
     * {@code whishes.csv}) is reported rather than passed over: for a folder its CSV files, for an upload every
     * file. Empty when the source cannot tell.
     */
    default Set<String> fileNames() throws IOException {
        return Set.of();
    }

    /** The named file as UTF-8 text; the reader does not strip a byte-order mark. */
    default Optional<Reader> reader(String fileName) throws IOException {
        return bytes(fileName).map(b -> new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8));
    }

    static ProgrammeSource folder(Path folder) {
        return new ProgrammeSource() {
            @Override
            public Optional<byte[]> bytes(String fileName) throws IOException {
                Path file = folder.resolve(fileName);
                return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            }

            @Override
            public Set<String> fileNames() throws IOException {
                if (!Files.isDirectory(folder)) {
                    return Set.of();
                }
                try (Stream<Path> files = Files.list(folder)) {
                    return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                            .filter(name -> name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                            .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
                }
            }
        };
    }

    static ProgrammeSource of(Map<String, byte[]> files) {
        Map<String, byte[]> copy = Map.copyOf(files);
        return new ProgrammeSource() {
            @Override
            public Optional<byte[]> bytes(String fileName) {
                return Optional.ofNullable(copy.get(fileName)).map(byte[]::clone);
            }

            @Override
            public Set<String> fileNames() {
                return new TreeSet<>(copy.keySet());
            }
        };
    }

    /** This source without one of its files: the command line reads a published plan only when named. */
    default ProgrammeSource without(String fileName) {
        ProgrammeSource all = this;
        return new ProgrammeSource() {
            @Override
            public Optional<byte[]> bytes(String name) throws IOException {
                return name.equals(fileName) ? Optional.empty() : all.bytes(name);
            }

            @Override
            public Set<String> fileNames() throws IOException {
                Set<String> names = new TreeSet<>(all.fileNames());
                names.remove(fileName);
                return names;
            }
        };
    }

    /** This source with one file's content replaced (or added). */
    default ProgrammeSource with(String fileName, byte[] content) {
        ProgrammeSource all = this;
        return new ProgrammeSource() {
            @Override
            public Optional<byte[]> bytes(String name) throws IOException {
                return name.equals(fileName) ? Optional.of(content.clone()) : all.bytes(name);
            }

            @Override
            public Set<String> fileNames() throws IOException {
                Set<String> names = new TreeSet<>(all.fileNames());
                names.add(fileName);
                return names;
            }
        };
    }
}
