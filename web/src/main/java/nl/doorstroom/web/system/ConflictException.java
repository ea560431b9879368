package nl.doorstroom.web.system;

/** The request clashes with the current state: a stale edit, or a plan that is being solved. */
public class ConflictException extends RuntimeException {

    private final String kind;

    public ConflictException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static ConflictException staleEdit(String what) {
        return new ConflictException("stale-edit",
                "Someone changed " + what + " since you read it; nothing was overwritten. Reload and try again.");
    }

    public String kind() {
        return kind;
    }
}
