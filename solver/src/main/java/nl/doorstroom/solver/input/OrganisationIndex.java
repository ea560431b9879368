package nl.doorstroom.solver.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Organisation;

/**
 * The organisations one programme knows: the reference with the programme's own laid over it, looked up by
 * code in any case, and municipalities by what a coordinator types for a home.
 */
final class OrganisationIndex {

    private final Map<String, Organisation> byCode = new LinkedHashMap<>();
    /** Codes of the programme's own rows that were wrong (and reported): lookups of them are not reported again. */
    private final Set<String> brokenCodes = new HashSet<>();
    private Map<String, List<Organisation>> municipalitiesByName;
    private Map<String, List<Organisation>> municipalitiesBySimpleName;

    OrganisationIndex(List<Organisation> reference) {
        reference.forEach(o -> byCode.put(key(o.getCode()), o));
    }

    static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    void put(Organisation organisation) {
        byCode.put(key(organisation.getCode()), organisation);
        municipalitiesByName = null;
    }

    void broken(String code) {
        brokenCodes.add(key(code));
        byCode.remove(key(code));
        municipalitiesByName = null;
    }

    /** The organisation, or null: reported unless the code's own row was wrong. */
    Organisation find(Origin origin, String field, String code, Problems problems) {
        Organisation organisation = byCode.get(key(code));
        if (organisation == null && !brokenCodes.contains(key(code))) {
            problems.at(origin, field, "organisation.unknown", code);
        }
        return organisation;
    }

    Organisation get(String code) {
        return byCode.get(key(code));
    }

    /** Municipalities whose code or name is {@code home}, ignoring case and a CBS suffix such as " (O.)". */
    List<Organisation> municipalities(String home) {
        if (municipalitiesByName == null) {
            indexMunicipalities();
        }
        String wanted = home.strip().toLowerCase(Locale.ROOT);
        List<Organisation> exact = municipalitiesByName.get(wanted);
        if (exact != null) {
            return exact;
        }
        return municipalitiesBySimpleName.getOrDefault(wanted, List.of());
    }

    private void indexMunicipalities() {
        municipalitiesByName = new HashMap<>();
        municipalitiesBySimpleName = new HashMap<>();
        for (Organisation o : byCode.values()) {
            if (o.getLayer() != Layer.MUNICIPALITY) {
                continue;
            }
            String name = o.getName().toLowerCase(Locale.ROOT);
            add(municipalitiesByName, o.getCode().toLowerCase(Locale.ROOT), o);
            add(municipalitiesByName, name, o);
            String simple = name.replaceFirst("\\s*\\([^)]*\\)$", "");
            if (!simple.equals(name)) {
                add(municipalitiesBySimpleName, simple, o);
            }
        }
    }

    private static void add(Map<String, List<Organisation>> index, String key, Organisation o) {
        List<Organisation> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(o)) {
            list.add(o);
        }
    }
}
