package io.revcycle.coding.messaging;

/** An EncounterDocumented event that the API would have rejected; the consumer dead-letters it. */
public class InvalidEncounterException extends RuntimeException {

    public InvalidEncounterException(String message) {
        super(message);
    }
}
