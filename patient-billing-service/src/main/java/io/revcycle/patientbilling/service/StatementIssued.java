package io.revcycle.patientbilling.service;

import java.time.Instant;
import java.util.UUID;

import io.revcycle.patientbilling.domain.statement.PatientStatement;

/** A statement issued in a cycle, to be announced as PatientStatementIssued keyed by the account. */
public record StatementIssued(UUID eventId, UUID statementId, UUID runId, PatientStatement statement, Instant at) {
}
