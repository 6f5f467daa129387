package io.revcycle.patientbilling.service;

/** Announces issued statements, in the caller's transaction (implemented on the outbox in messaging/). */
public interface StatementEvents {

    void statementIssued(StatementIssued issued);
}
