package nl.doorstroom.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text on a page comes from the message bundles, and both languages have every key:
 * a template with hard-coded words, or a key missing in one language, fails here.
 */
class I18nTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([a-zA-Z0-9_.]+)'?");
    /** Text between tags that is more than whitespace, numbers or punctuation. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*\\p{L}[^<]*)<");
    private static final Pattern TEXT_ATTRIBUTE =
            Pattern.compile("\\s(?:placeholder|title|alt|aria-label|label)=\"([^\"]*\\p{L}[^\"]*)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src", "main", "resources", name))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Pages and the plain-text mail bodies, whose every word also comes from the bundles. */
    private static List<Path> pagesAndMails() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties dutch = bundle("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : pagesAndMails()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                String key = keys.group(1);
                boolean prefixOfDynamicKey = key.endsWith(".");
                boolean known = prefixOfDynamicKey
                        ? dutch.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : dutch.containsKey(key);
                if (!known) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script\\b[^>]*>.*?</script>", "<script></script>")
                    .replaceAll("(?s)<style\\b[^>]*>.*?</style>", "<style></style>");
            for (Pattern pattern : List.of(TEXT_NODE, TEXT_ATTRIBUTE)) {
                Matcher text = pattern.matcher(html);
                while (text.find()) {
                    String words = text.group(1).trim();
                    if (!words.equals("Doorstroom")) {
                        hardCoded.add(TEMPLATES.relativize(template) + ": " + words);
                    }
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void mailBodiesHoldOnlyMessagesAndVariables() throws IOException {
        for (Path template : pagesAndMails()) {
            if (template.toString().endsWith(".txt")) {
                String words = Files.readString(template).replaceAll("\\[\\(.*?\\)\\]", "").strip();
                assertThat(words).as(TEMPLATES.relativize(template).toString()).isEmpty();
            }
        }
    }
}
