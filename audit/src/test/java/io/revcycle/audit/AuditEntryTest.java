package io.revcycle.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void shouldFitAMadeUpRequestLineToItsColumnsInsteadOfFailingTheRow() {
        AuditEntry entry = new AuditEntry(Instant.EPOCH, "coder-1", "coder", "PAT\u00001", "WorkItem",
                "x".repeat(3000), AuditAction.READ, "GET", "/worklist/" + "x".repeat(3000), 400, "127.0.0.1",
                "coding-service");

        assertThat(entry.patientId()).isEqualTo("PAT\uFFFD1");
        assertThat(entry.resourceId()).hasSize(300).endsWith("x\u2026");
        assertThat(entry.path()).hasSize(2000).startsWith("/worklist/xx").endsWith("\u2026");
        assertThat(entry.username()).isEqualTo("coder-1");
    }

    @Test
    void shouldLeaveTextsThatFitUnchanged() {
        assertThat(AuditEntry.fit("/claims/CLM-ENC-1", 2000)).isEqualTo("/claims/CLM-ENC-1");
        assertThat(AuditEntry.fit(null, 10)).isNull();
        assertThat(AuditEntry.fit("x".repeat(10), 10)).isEqualTo("x".repeat(10));
    }
}
