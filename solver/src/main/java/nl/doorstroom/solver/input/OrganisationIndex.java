package nl.doorstroom.solver.input;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.TextKey;

/**
 * The organisations one programme knows: the reference with the programme's own laid over it, looked up by
 * code in any case, and municipalities by what a coordinator types for a home.
 */
final class OrganisationIndex {

    private final Map<String, Organisation> byCode = new LinkedHashMap<>();
    /** Codes of the programme's own rows that were wrong (and reported): lookups of them are not reported again. */
    private final Set<String> brokenCodes = new HashSet<>();
    private MunicipalityNames municipalities;
    /** Organisations by the key of their name, for "did you mean ..." when a name stands where a code should. */
    private Map<String, Organisation> byName;

    OrganisationIndex(List<Organisation> reference) {
        reference.forEach(o -> byCode.put(key(o.getCode()), o));
    }

    static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    void put(Organisation organisation) {
        byCode.put(key(organisation.getCode()), organisation);
        municipalities = null;
        byName = null;
    }

    void broken(String code) {
        brokenCodes.add(key(code));
        byCode.remove(key(code));
        municipalities = null;
        byName = null;
    }

    /**
     * The organisation, or null: reported unless the code's own row was wrong, with the code meant where that is
     * clear (a name written instead of the code, an O for a 0).
     */
    Organisation find(Origin origin, String field, String code, Problems problems) {
        Organisation organisation = byCode.get(key(code));
        if (organisation == null && !brokenCodes.contains(key(code))) {
            Organisation meant = meant(code);
            if (meant != null) {
                problems.at(origin, field, "organisation.unknownMeant", code, meant.getCode(), meant.getName());
            } else {
                problems.at(origin, field, "organisation.unknown", code);
            }
        }
        return organisation;
    }

    /** The organisation a code that is none probably means: by its name, or by its code with O and 0 mixed up. */
    private Organisation meant(String code) {
        if (byName == null) {
            byName = new HashMap<>();
            byCode.values().forEach(o -> byName.putIfAbsent(TextKey.of(o.getName()), o));
        }
        Organisation named = byName.get(TextKey.of(code));
        if (named != null) {
            return named;
        }
        List<Organisation> municipality = municipalities(code);
        if (municipality.size() == 1) {
            return municipality.get(0);
        }
        String digits = key(code).replace('O', '0');
        return byCode.get(key(code).substring(0, Math.min(2, key(code).length()))
                + digits.substring(Math.min(2, digits.length())));
    }

    Organisation get(String code) {
        return byCode.get(key(code));
    }

    /** Municipalities whose code or name is {@code home}, as people write it (see {@link MunicipalityNames}). */
    List<Organisation> municipalities(String home) {
        return names().find(home);
    }

    /** The municipality name nearest to a home that matched none; null when none is near. */
    String nearestMunicipality(String home) {
        return names().nearest(home);
    }

    private MunicipalityNames names() {
        if (municipalities == null) {
            municipalities = new MunicipalityNames(
                    byCode.values().stream().filter(o -> o.getLayer() == Layer.MUNICIPALITY).toList());
        }
        return municipalities;
    }
}
