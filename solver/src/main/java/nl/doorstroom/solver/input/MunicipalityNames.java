package nl.doorstroom.solver.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.TextKey;

/**
 * Municipalities by what a coordinator types for a home: the CBS code or name, as people write it. In order:
 * the code or the name compared by {@link TextKey} (Unicode form, apostrophes, dashes, case, spaces); the name
 * without CBS's province suffix ({@code Hengelo} for {@code Hengelo (O.)}); a common other name
 * ({@code Den Haag} for {@code 's-Gravenhage}, from municipality-aliases.csv, which says where each comes from);
 * and, when it matches one municipality only, the name without accents, apostrophes, dashes and spaces
 * ({@code s Hertogenbosch}, {@code Sudwest Fryslan}, as a spreadsheet that took the leading {@code '} for its text
 * mark leaves it).
 */
final class MunicipalityNames {

    private static final String ALIASES = "/nl/doorstroom/solver/input/municipality-aliases.csv";
    private static final Map<String, String> ALIAS_CODES = aliases();

    private final Map<String, List<Organisation>> byKey = new HashMap<>();
    private final Map<String, List<Organisation>> bySimpleName = new HashMap<>();
    private final Map<String, List<Organisation>> byLooseName = new HashMap<>();
    private final Map<String, Organisation> byCode = new HashMap<>();
    /** Every name's key, for the nearest one to a name that matches none. */
    private final Map<String, String> nameByKey = new HashMap<>();

    MunicipalityNames(Iterable<Organisation> municipalities) {
        for (Organisation o : municipalities) {
            String name = TextKey.of(o.getName());
            byCode.put(o.getCode().toUpperCase(Locale.ROOT), o);
            add(byKey, TextKey.of(o.getCode()), o);
            add(byKey, name, o);
            nameByKey.put(name, o.getName());
            String simple = withoutSuffix(name);
            if (!simple.equals(name)) {
                add(bySimpleName, simple, o);
                nameByKey.putIfAbsent(simple, o.getName());
            }
            add(byLooseName, loose(o.getName()), o);
        }
    }

    /** Municipalities the text can mean: one, several (ambiguous) or none. */
    List<Organisation> find(String home) {
        String key = TextKey.of(home);
        List<Organisation> found = byKey.get(key);
        if (found != null) {
            return found;
        }
        found = bySimpleName.get(key);
        if (found != null) {
            return found;
        }
        String aliasCode = ALIAS_CODES.get(key);
        if (aliasCode != null && byCode.containsKey(aliasCode)) {
            return List.of(byCode.get(aliasCode));
        }
        found = byLooseName.get(loose(home));
        return found != null && found.size() == 1 ? found : List.of();
    }

    /** The municipality name nearest to one that matched none, or null when none is near. */
    String nearest(String home) {
        String key = Nearest.to(TextKey.of(home), nameByKey.keySet().stream().sorted().toList());
        return key == null ? null : nameByKey.get(key);
    }

    private static String withoutSuffix(String name) {
        int open = name.lastIndexOf(" (");
        return open > 0 && name.endsWith(")") ? name.substring(0, open) : name;
    }

    /** Only the letters and digits, without accents. */
    static String loose(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    private static void add(Map<String, List<Organisation>> index, String key, Organisation o) {
        List<Organisation> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(o)) {
            list.add(o);
        }
    }

    /** alias key → municipality code, from the aliases file (alias,code,why; the why may be quoted). */
    private static Map<String, String> aliases() {
        try (InputStream in = MunicipalityNames.class.getResourceAsStream(ALIASES)) {
            if (in == null) {
                throw new IllegalStateException("the solver jar lacks " + ALIASES);
            }
            Map<String, String> codes = new HashMap<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            for (String line : lines) {
                String[] fields = line.split(",", 3);
                if (fields.length >= 2 && !fields[0].isBlank()) {
                    codes.put(TextKey.of(fields[0]), fields[1].strip().toUpperCase(Locale.ROOT));
                }
            }
            return Map.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
