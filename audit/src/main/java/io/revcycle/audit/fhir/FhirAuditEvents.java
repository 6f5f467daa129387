package io.revcycle.audit.fhir;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkType;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventSourceComponent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

import ca.uhn.fhir.context.FhirContext;
import io.revcycle.audit.AuditEntry;
import io.revcycle.audit.AuditRecord;

/**
 * Audit rows as FHIR R4 AuditEvent in the shape of IHE Basic Audit Log Patterns (BALP) "RESTful activity": type
 * rest, subtype the restful interaction, the user agent as requestor with roles and network address, the service as
 * destination agent and source observer, the patient and the resource as entities.
 */
public final class FhirAuditEvents {

    public static final String MEDIA_TYPE = "application/fhir+json";

    static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    static final String RESTFUL_INTERACTION = "http://hl7.org/fhir/restful-interaction";
    static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";
    static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    /** Naming systems of RevCycle's own identifiers (login names, roles, patient and resource ids). */
    static final String USER_SYSTEM = "urn:revcycle:user";
    static final String ROLE_SYSTEM = "urn:revcycle:role";
    static final String PATIENT_SYSTEM = "urn:revcycle:patient";
    static final String RESOURCE_SYSTEM_PREFIX = "urn:revcycle:";

    /** Built on the first export only: HAPI's context is costly to create and no other path needs it. */
    private static final class Holder {
        static final FhirContext R4 = FhirContext.forR4Cached();
    }

    private FhirAuditEvents() {
    }

    public static String bundleJson(List<AuditRecord> records) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(records.size());
        for (AuditRecord r : records) {
            AuditEvent event = toAuditEvent(r);
            bundle.addEntry().setFullUrl("AuditEvent/" + event.getIdElement().getIdPart()).setResource(event);
        }
        return Holder.R4.newJsonParser().encodeResourceToString(bundle);
    }

    public static AuditEvent toAuditEvent(AuditRecord r) {
        AuditEntry e = r.entry();
        AuditEvent event = new AuditEvent();
        event.setId(e.observer() + "-" + r.id());
        event.setType(new Coding(AUDIT_EVENT_TYPE, "rest", "RESTful Operation"));
        event.addSubtype(new Coding(RESTFUL_INTERACTION, e.action().restfulInteraction(),
                e.action().restfulInteraction()));
        event.setAction(AuditEventAction.fromCode(e.action().fhirCode()));
        event.setRecorded(Date.from(e.recordedAt()));
        event.setOutcome(outcome(e.outcome()));
        event.setOutcomeDesc("HTTP " + e.status() + " " + e.httpMethod() + " " + e.path());
        event.addAgent(user(e));
        event.addAgent(server(e));
        event.setSource(new AuditEventSourceComponent()
                .setObserver(new Reference().setDisplay(e.observer())
                        .setIdentifier(new Identifier().setValue(e.observer())))
                .addType(new Coding(SOURCE_TYPE, "4", "Application Server")));
        if (e.patientId() != null) {
            event.addEntity(new AuditEventEntityComponent()
                    .setWhat(new Reference().setType("Patient")
                            .setIdentifier(new Identifier().setSystem(PATIENT_SYSTEM).setValue(e.patientId())))
                    .setType(new Coding(ENTITY_TYPE, "1", "Person"))
                    .setRole(new Coding(OBJECT_ROLE, "1", "Patient")));
        }
        event.addEntity(new AuditEventEntityComponent()
                .setWhat(new Reference().setDisplay(e.resourceType()).setIdentifier(new Identifier()
                        .setSystem(RESOURCE_SYSTEM_PREFIX + e.resourceType()).setValue(e.resourceId())))
                .setType(new Coding(ENTITY_TYPE, "2", "System Object"))
                .setRole(new Coding(OBJECT_ROLE, "4", "Domain Resource"))
                .setName(e.resourceType())
                .setDescription(e.httpMethod() + " " + e.path()));
        return event;
    }

    private static AuditEventAgentComponent user(AuditEntry e) {
        AuditEventAgentComponent agent = new AuditEventAgentComponent()
                .setType(new CodeableConcept(new Coding(PARTICIPATION_TYPE, "IRCP", "information recipient")))
                .setRequestor(true);
        if (e.username() == null) {
            agent.setWho(new Reference().setDisplay("anonymous (no valid token)"));
        } else {
            agent.setWho(new Reference().setDisplay(e.username())
                    .setIdentifier(new Identifier().setSystem(USER_SYSTEM).setValue(e.username())));
            agent.setAltId(e.username());
        }
        if (e.roles() != null && !e.roles().isEmpty()) {
            for (String role : e.roles().split(",")) {
                agent.addRole(new CodeableConcept(new Coding(ROLE_SYSTEM, role, role)));
            }
        }
        if (e.sourceAddress() != null) {
            agent.setNetwork(new AuditEventAgentNetworkComponent().setAddress(e.sourceAddress())
                    .setType(AuditEventAgentNetworkType._2));
        }
        return agent;
    }

    private static AuditEventAgentComponent server(AuditEntry e) {
        return new AuditEventAgentComponent()
                .setType(new CodeableConcept(new Coding(DICOM, "110152", "Destination Role ID")))
                .setWho(new Reference().setDisplay(e.observer())
                        .setIdentifier(new Identifier().setValue(e.observer())))
                .setRequestor(false);
    }

    private static AuditEventOutcome outcome(int code) {
        switch (code) {
            case 0:
                return AuditEventOutcome._0;
            case 4:
                return AuditEventOutcome._4;
            default:
                return AuditEventOutcome._8;
        }
    }
}
