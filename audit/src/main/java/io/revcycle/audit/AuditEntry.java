package io.revcycle.audit;

import java.time.Instant;

/**
 * One access as recorded: who (login name from the token, null when anonymous), their roles, the patient, the
 * resource, the action, the HTTP outcome, when, from where, and which service saw it. Ids only, never names or other
 * PHI.
 */
public record AuditEntry(Instant recordedAt, String username, String roles, String patientId, String resourceType,
        String resourceId, AuditAction action, String httpMethod, String path, int status, String sourceAddress,
        String observer) {

    /** FHIR AuditEvent.outcome: 0 success, 4 minor failure (4xx, refused or bad requests), 8 serious failure (5xx). */
    public int outcome() {
        if (status < 400) {
            return 0;
        }
        return status < 500 ? 4 : 8;
    }

    public boolean succeeded() {
        return outcome() == 0;
    }
}
