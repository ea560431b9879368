package nl.doorstroom.web.system;

/**
 * Something does not exist, or the user may not know it exists: a host asking for another host's
 * data gets the same answer as for data that is not there.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
