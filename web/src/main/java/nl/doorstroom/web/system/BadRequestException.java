package nl.doorstroom.web.system;

/** A request that names something impossible, with what was expected. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
