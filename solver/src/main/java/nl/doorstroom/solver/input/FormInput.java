package nl.doorstroom.solver.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading the text fields of a form or JSON body into a record's types, the way the CSV reader does for a file:
 * text that is not of its type is a problem at the field's path, and the field is not checked again.
 */
public final class FormInput {

    private final String prefix;
    private final Set<String> unreadable = new HashSet<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private FormInput(String prefix) {
        this.prefix = prefix;
    }

    /** The body of a request: fields are located by their own name. */
    public static FormInput body() {
        return new FormInput("");
    }

    /** The named constant, in any case; null when blank, or after reporting an unknown value. */
    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            unreadable.add(field);
            PathOrigin origin = PathOrigin.of(prefix);
            problems.add(InputProblem.of(origin.at(field), "enum.unknown", origin.label(field), value.strip(),
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** Where the record's fields are; remembers which could not be read. */
    public Origin origin() {
        PathOrigin paths = PathOrigin.of(prefix);
        Set<String> fields = Set.copyOf(unreadable);
        return new Origin() {
            @Override
            public Where at(String field) {
                return paths.at(field);
            }

            @Override
            public String label(String field) {
                return paths.label(field);
            }

            @Override
            public boolean isUnreadable(String field) {
                return fields.contains(field);
            }

            @Override
            public boolean hasUnreadable() {
                return !fields.isEmpty();
            }

            @Override
            public Text firstMention() {
                return paths.firstMention();
            }
        };
    }

    /** The problems of reading, to hand to the assembler with the records. */
    public List<InputProblem> problems() {
        return List.copyOf(problems);
    }
}
