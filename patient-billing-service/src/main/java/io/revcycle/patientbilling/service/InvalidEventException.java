package io.revcycle.patientbilling.service;

/** An event that can never be processed; the shared consumer dead-letters it with this message as dlq.reason. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
