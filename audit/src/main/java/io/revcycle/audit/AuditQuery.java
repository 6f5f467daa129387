package io.revcycle.audit;

import java.time.Instant;

/** What an auditor asks for: any combination of patient, user and time range (from inclusive, to exclusive). */
public record AuditQuery(String patientId, String username, Instant from, Instant to, int limit) {
}
