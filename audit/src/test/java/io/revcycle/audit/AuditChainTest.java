package io.revcycle.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final AuditEntry ENTRY = new AuditEntry(Instant.parse("2026-03-01T10:15:30.123456789Z"), "biller",
            "biller", "P-1", "claim", "C-1", AuditAction.READ, "GET", "/claims/C-1", 200, "127.0.0.1",
            "claims-service");

    @Test
    void shouldHashTheSameEntryAndLinkTheSameWay() {
        assertThat(AuditChain.hash(ENTRY, AuditChain.GENESIS)).isEqualTo(AuditChain.hash(ENTRY, AuditChain.GENESIS))
                .hasSize(64);
    }

    @Test
    void shouldHashATimeAsPostgreSqlStoresIt() {
        AuditEntry stored = new AuditEntry(Instant.parse("2026-03-01T10:15:30.123456Z"), "biller", "biller", "P-1",
                "claim", "C-1", AuditAction.READ, "GET", "/claims/C-1", 200, "127.0.0.1", "claims-service");

        assertThat(AuditChain.hash(stored, AuditChain.GENESIS)).isEqualTo(AuditChain.hash(ENTRY, AuditChain.GENESIS));
    }

    @Test
    void shouldChangeTheHashWhenAnyFieldOrTheLinkChanges() {
        String original = AuditChain.hash(ENTRY, AuditChain.GENESIS);
        AuditEntry otherPatient = new AuditEntry(ENTRY.recordedAt(), "biller", "biller", "P-2", "claim", "C-1",
                AuditAction.READ, "GET", "/claims/C-1", 200, "127.0.0.1", "claims-service");
        AuditEntry otherStatus = new AuditEntry(ENTRY.recordedAt(), "biller", "biller", "P-1", "claim", "C-1",
                AuditAction.READ, "GET", "/claims/C-1", 403, "127.0.0.1", "claims-service");

        assertThat(AuditChain.hash(otherPatient, AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(AuditChain.hash(otherStatus, AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(AuditChain.hash(ENTRY, original)).isNotEqualTo(original);
    }

    @Test
    void shouldKeepFieldBoundariesApart() {
        // "ab" + "c" and "a" + "bc" must not hash alike: each field carries its length
        AuditEntry a = new AuditEntry(ENTRY.recordedAt(), "ab", "c", null, "claim", null, AuditAction.READ, "GET",
                "/claims", 200, null, "claims-service");
        AuditEntry b = new AuditEntry(ENTRY.recordedAt(), "a", "bc", null, "claim", null, AuditAction.READ, "GET",
                "/claims", 200, null, "claims-service");

        assertThat(AuditChain.hash(a, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hash(b, AuditChain.GENESIS));
    }

    @Test
    void shouldMapStatusesToFhirOutcomes() {
        assertThat(withStatus(201).outcome()).isZero();
        assertThat(withStatus(401).outcome()).isEqualTo(4);
        assertThat(withStatus(403).outcome()).isEqualTo(4);
        assertThat(withStatus(404).outcome()).isEqualTo(4);
        assertThat(withStatus(500).outcome()).isEqualTo(8);
    }

    private static AuditEntry withStatus(int status) {
        return new AuditEntry(ENTRY.recordedAt(), null, null, null, "claim", null, AuditAction.READ, "GET", "/claims",
                status, null, "claims-service");
    }
}
