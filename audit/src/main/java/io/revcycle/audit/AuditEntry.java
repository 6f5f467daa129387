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

    /**
     * Each text fitted to its column (db/audit V0_5): a request line a client made up (a NUL, a 3,000-character id) is
     * recorded as far as it fits, with control characters shown as U+FFFD, instead of failing the row and the call.
     */
    public AuditEntry {
        username = fit(username, 200);
        roles = fit(roles, 1000);
        patientId = fit(patientId, 200);
        resourceType = fit(resourceType, 300);
        resourceId = fit(resourceId, 300);
        httpMethod = fit(httpMethod, 10);
        path = fit(path, 2000);
        sourceAddress = fit(sourceAddress, 100);
        observer = fit(observer, 100);
    }

    static String fit(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        if (text.length() > max) {
            out.setCharAt(max - 1, '\u2026'); // cut: the row says so
        }
        return out.toString();
    }

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
