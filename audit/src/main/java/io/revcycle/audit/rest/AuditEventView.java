package io.revcycle.audit.rest;

import java.time.Instant;

import io.revcycle.audit.AuditRecord;

/** One audit row as auditors read it (GET /audit/events). */
public record AuditEventView(long id, Instant recordedAt, String user, String roles, String patientId,
        String resourceType, String resourceId, String action, String httpMethod, String path, int status,
        int outcome, String sourceAddress, String observer, String prevHash, String hash) {

    static AuditEventView of(AuditRecord r) {
        var e = r.entry();
        return new AuditEventView(r.id(), e.recordedAt(), e.username(), e.roles(), e.patientId(), e.resourceType(),
                e.resourceId(), e.action().code(), e.httpMethod(), e.path(), e.status(), e.outcome(),
                e.sourceAddress(), e.observer(), r.prevHash(), r.hash());
    }
}
