package io.revcycle.events.phi;

/**
 * A sealed PHI field that cannot be opened: an unknown key id, a tampered or truncated envelope, or a wrong key.
 * Never retried (the bytes will not change); the shared consumer sends the record to its dead-letter topic with
 * this message, which names the cause and key id, never a value.
 */
public class UnreadablePhiException extends RuntimeException {

    public UnreadablePhiException(String reason) {
        super(reason);
    }

    public UnreadablePhiException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
