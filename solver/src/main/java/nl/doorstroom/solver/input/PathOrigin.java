package nl.doorstroom.solver.input;

/**
 * A record from JSON or form input, or read from storage: its fields are located by path, such as
 * {@code salaryScale} for the request body itself or {@code participants[T01].home} for a stored row.
 */
public record PathOrigin(String prefix) implements Origin {

    /** The body of a request. */
    public static final PathOrigin BODY = new PathOrigin("");

    public static PathOrigin of(String prefix) {
        return new PathOrigin(prefix);
    }

    @Override
    public Where at(String field) {
        String name = label(field);
        return Where.field(prefix.isEmpty() ? name : prefix + "." + name);
    }

    /** {@code salary_scale} is {@code salaryScale} in JSON. */
    @Override
    public String label(String field) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    @Override
    public Text firstMention() {
        return Text.of("first.stored");
    }
}
