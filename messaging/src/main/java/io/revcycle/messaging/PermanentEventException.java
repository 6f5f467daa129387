package io.revcycle.messaging;

/**
 * Thrown by a handler for an event that can never be handled, whatever is retried (a required field missing, a value
 * out of range, an unknown reference that will not appear): the shared consumer sends it straight to the dead-letter
 * topic with this message as the reason, and the rest of its batch is handled as if it had not been there. The
 * message must name the problem, never a payload value (events carry PHI).
 */
public class PermanentEventException extends RuntimeException {

    public PermanentEventException(String reason) {
        super(reason);
    }

    public PermanentEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
