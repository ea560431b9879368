package nl.doorstroom.web.system;

/** The request clashes with the current state: a stale edit, or a plan that is being solved. */
public class ConflictException extends RuntimeException {

    private final String kind;
    private final Problem problem;

    public ConflictException(String kind, String message) {
        super(message);
        this.kind = kind;
        this.problem = null;
    }

    /** A conflict the pages show in the user's language (message key {@code problem.<code>}). */
    public ConflictException(String kind, Problem problem) {
        super(problem.english());
        this.kind = kind;
        this.problem = problem;
    }

    public static ConflictException staleEdit(String what) {
        return new ConflictException("stale-edit",
                "Someone changed " + what + " since you read it; nothing was overwritten. Reload and try again.");
    }

    public String kind() {
        return kind;
    }

    /** For the pages, to be put in the user's language; null when known only in English. */
    public Problem localizable() {
        return problem;
    }
}
