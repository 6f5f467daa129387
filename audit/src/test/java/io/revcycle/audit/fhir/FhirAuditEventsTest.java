package io.revcycle.audit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import io.revcycle.audit.AuditAction;
import io.revcycle.audit.AuditChain;
import io.revcycle.audit.AuditEntry;
import io.revcycle.audit.AuditRecord;

/** The export read back by HAPI's own parser, independently of how it was written. */
class FhirAuditEventsTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");

    @Test
    void shouldExportARowAsABalpRestfulAuditEvent() {
        AuditEntry read = new AuditEntry(AT, "biller", "biller,billing-manager", "P-1", "claim", "C-1",
                AuditAction.READ, "GET", "/claims/C-1", 200, "10.0.0.7", "claims-service");

        AuditEvent event = parse(List.of(new AuditRecord(7, read, AuditChain.GENESIS, "h"))).get(0);

        assertThat(event.getType().getSystem()).isEqualTo("http://terminology.hl7.org/CodeSystem/audit-event-type");
        assertThat(event.getType().getCode()).isEqualTo("rest");
        assertThat(event.getSubtypeFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/restful-interaction");
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(event.getRecorded().toInstant()).isEqualTo(AT);
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);

        AuditEvent.AuditEventAgentComponent user = event.getAgent().get(0);
        assertThat(user.getRequestor()).isTrue();
        assertThat(user.getWho().getIdentifier().getValue()).isEqualTo("biller");
        assertThat(user.getRole()).extracting(r -> r.getCodingFirstRep().getCode())
                .containsExactly("biller", "billing-manager");
        assertThat(user.getNetwork().getAddress()).isEqualTo("10.0.0.7");
        assertThat(user.getNetwork().getType()).isEqualTo(AuditEvent.AuditEventAgentNetworkType._2);
        AuditEvent.AuditEventAgentComponent server = event.getAgent().get(1);
        assertThat(server.getRequestor()).isFalse();
        assertThat(server.getType().getCodingFirstRep().getCode()).isEqualTo("110152");

        assertThat(event.getSource().getObserver().getDisplay()).isEqualTo("claims-service");
        assertThat(event.getSource().getTypeFirstRep().getCode()).isEqualTo("4");

        AuditEvent.AuditEventEntityComponent patient = event.getEntity().get(0);
        assertThat(patient.getRole().getCode()).isEqualTo("1");
        assertThat(patient.getWhat().getType()).isEqualTo("Patient");
        assertThat(patient.getWhat().getIdentifier().getValue()).isEqualTo("P-1");
        AuditEvent.AuditEventEntityComponent resource = event.getEntity().get(1);
        assertThat(resource.getRole().getCode()).isEqualTo("4");
        assertThat(resource.getName()).isEqualTo("claim");
        assertThat(resource.getWhat().getIdentifier().getValue()).isEqualTo("C-1");
    }

    @Test
    void shouldExportARefusedAnonymousCallAsAMinorFailureWithoutAPatient() {
        AuditEntry refused = new AuditEntry(AT, null, null, null, "claim", "C-1", AuditAction.UPDATE, "PATCH",
                "/claims/C-1", 401, "10.0.0.8", "claims-service");

        AuditEvent event = parse(List.of(new AuditRecord(8, refused, AuditChain.GENESIS, "h"))).get(0);

        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(event.getOutcomeDesc()).startsWith("HTTP 401");
        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.U);
        assertThat(event.getAgentFirstRep().getWho().hasIdentifier()).isFalse();
        assertThat(event.getEntity()).hasSize(1);
    }

    private static List<AuditEvent> parse(List<AuditRecord> records) {
        Bundle bundle = FhirContext.forR4Cached().newJsonParser()
                .parseResource(Bundle.class, FhirAuditEvents.bundleJson(records));
        assertThat(bundle.getTotal()).isEqualTo(records.size());
        return bundle.getEntry().stream().map(e -> (AuditEvent) e.getResource()).toList();
    }
}
