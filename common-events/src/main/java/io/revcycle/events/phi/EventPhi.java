package io.revcycle.events.phi;

import java.nio.ByteBuffer;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;

import io.revcycle.events.AvroCodec;
import io.revcycle.events.ClaimPatient;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.CoverageInOrder;
import io.revcycle.events.DenialReviewChanged;
import io.revcycle.events.DocumentedDiagnosis;
import io.revcycle.events.DocumentedProcedure;
import io.revcycle.events.EdiInterchange;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.PatientDemographics;
import io.revcycle.events.PostalAddress;

/**
 * Which fields of which event are PHI, and how they move between the plaintext fields (inside a service) and the
 * sealed field (on a topic, in the outbox, in a dead letter). {@link #protect} blanks the plaintext fields and seals
 * their values; {@link #reveal} puts them back. Events without PHI pass through both unchanged, and so does an event
 * written before PHI protection (no sealed field: its plaintext fields are read as they are). Both return copies.
 * docs/phi-protection.md lists the fields.
 */
public final class EventPhi {

    private final PhiCipher cipher;

    public EventPhi(PhiCipher cipher) {
        this.cipher = cipher;
    }

    /** True for the event types that carry PHI (the outbox refuses to write them without a key). */
    public static boolean carriesPhi(Class<?> type) {
        return type == EncounterDocumented.class || type == EncounterCoded.class || type == EligibilityVerified.class
                || type == ClaimSubmitted.class || type == EdiInterchange.class || type == DenialReviewChanged.class;
    }

    /** True when the event holds a sealed field (it was protected). */
    public static boolean isSealed(SpecificRecord event) {
        if (event instanceof EdiInterchange e) {
            return e.getSealedContent() != null;
        }
        var field = event.getSchema().getField("phi");
        return field != null && event.get(field.pos()) != null;
    }

    /** A sealed copy of the event (copies go through {@link AvroCodec#copy}, never the generated builders' copy). */
    public <E extends SpecificRecord> E protect(E event) {
        if (!carriesPhi(event.getClass()) || isSealed(event)) {
            return event;
        }
        E copy = AvroCodec.copy(event);
        if (copy instanceof EncounterDocumented e) {
            protect(e);
        } else if (copy instanceof EncounterCoded e) {
            protect(e);
        } else if (copy instanceof EligibilityVerified e) {
            protect(e);
        } else if (copy instanceof ClaimSubmitted e) {
            e.setPhi(seal(PhiFields.newBuilder().setMemberId(e.getMemberId()).build(), e));
            e.setMemberId(null);
        } else if (copy instanceof DenialReviewChanged e) {
            e.setPhi(seal(PhiFields.newBuilder().setNote(e.getNote()).build(), e));
            e.setNote(null);
        } else if (copy instanceof EdiInterchange e) {
            e.setSealedContent(ByteBuffer.wrap(cipher.seal(bytes(e.getContent()), context(e))));
            e.setContent(ByteBuffer.allocate(0));
        }
        return copy;
    }

    /** A copy of the event with its PHI back in the plaintext fields; an unsealed event as it is. */
    public <E extends SpecificRecord> E reveal(E event) {
        if (!isSealed(event)) {
            return event;
        }
        E copy = AvroCodec.copy(event);
        if (copy instanceof EncounterDocumented e) {
            reveal(e);
        } else if (copy instanceof EncounterCoded e) {
            reveal(e);
        } else if (copy instanceof EligibilityVerified e) {
            reveal(e);
        } else if (copy instanceof ClaimSubmitted e) {
            e.setMemberId(open(e.getPhi(), e).getMemberId());
            e.setPhi(null);
        } else if (copy instanceof DenialReviewChanged e) {
            e.setNote(open(e.getPhi(), e).getNote());
            e.setPhi(null);
        } else if (copy instanceof EdiInterchange e) {
            e.setContent(ByteBuffer.wrap(cipher.open(bytes(e.getSealedContent()), context(e))));
            e.setSealedContent(null);
        }
        return copy;
    }

    private void protect(EncounterDocumented e) {
        PatientDemographics p = e.getPatient();
        PostalAddress a = p.getAddress();
        PhiFields fields = PhiFields.newBuilder()
                .setFirstName(p.getFirstName()).setLastName(p.getLastName()).setDateOfBirth(p.getDateOfBirth())
                .setAddress(a == null ? null : new PhiAddress(a.getLine1(), a.getLine2(), a.getCity(), a.getState(),
                        a.getPostalCode()))
                .setMemberId(e.getMemberId())
                .setDiagnosisDescriptions(e.getDiagnoses().stream().map(DocumentedDiagnosis::getDescription).toList())
                .setProcedureDescriptions(e.getProcedures().stream().map(DocumentedProcedure::getDescription).toList())
                .setNoteText(e.getNoteText())
                .build();
        p.setFirstName(null);
        p.setLastName(null);
        p.setDateOfBirth(null);
        p.setAddress(null);
        e.setMemberId(null);
        e.getDiagnoses().forEach(d -> d.setDescription(null));
        e.getProcedures().forEach(d -> d.setDescription(null));
        e.setNoteText(null);
        e.setPhi(seal(fields, e));
    }

    private void reveal(EncounterDocumented e) {
        PhiFields f = open(e.getPhi(), e);
        PhiAddress a = f.getAddress();
        PatientDemographics p = e.getPatient();
        p.setFirstName(f.getFirstName());
        p.setLastName(f.getLastName());
        p.setDateOfBirth(f.getDateOfBirth());
        p.setAddress(a == null ? null : new PostalAddress(a.getLine1(), a.getLine2(), a.getCity(), a.getState(),
                a.getPostalCode()));
        e.setMemberId(f.getMemberId());
        for (int i = 0; i < e.getDiagnoses().size(); i++) {
            e.getDiagnoses().get(i).setDescription(at(f.getDiagnosisDescriptions(), i));
        }
        for (int i = 0; i < e.getProcedures().size(); i++) {
            e.getProcedures().get(i).setDescription(at(f.getProcedureDescriptions(), i));
        }
        e.setNoteText(f.getNoteText());
        e.setPhi(null);
    }

    private void protect(EncounterCoded e) {
        ClaimPatient p = e.getPatient();
        PhiFields.Builder f = PhiFields.newBuilder().setMemberId(e.getMemberId());
        if (p != null) {
            f.setFirstName(p.getFirstName()).setLastName(p.getLastName()).setDateOfBirth(p.getDateOfBirth())
                    .setSex(p.getSex())
                    .setAddress(new PhiAddress(p.getLine1(), p.getLine2(), p.getCity(), p.getState(),
                            p.getPostalCode()));
        }
        e.setPatient(null);
        e.setMemberId(null);
        e.setPhi(seal(f.build(), e));
    }

    private void reveal(EncounterCoded e) {
        PhiFields f = open(e.getPhi(), e);
        PhiAddress a = f.getAddress();
        // the sealed group has an address exactly when the producer had a patient (protect above)
        e.setPatient(a == null ? null : new ClaimPatient(f.getFirstName(), f.getLastName(), f.getDateOfBirth(),
                f.getSex(), a.getLine1(), a.getLine2(), a.getCity(), a.getState(), a.getPostalCode()));
        e.setMemberId(f.getMemberId());
        e.setPhi(null);
    }

    private void protect(EligibilityVerified e) {
        List<PhiCoverage> coverages = e.getOrderOfBenefits().stream()
                .map(c -> new PhiCoverage(c.getMemberId(), c.getSubscriberFirstName(), c.getSubscriberLastName()))
                .toList();
        e.setPhi(seal(PhiFields.newBuilder().setMemberId(e.getMemberId()).setCoverages(coverages).build(), e));
        e.setMemberId(null);
        for (CoverageInOrder c : e.getOrderOfBenefits()) {
            c.setMemberId(null);
            c.setSubscriberFirstName(null);
            c.setSubscriberLastName(null);
        }
    }

    private void reveal(EligibilityVerified e) {
        PhiFields f = open(e.getPhi(), e);
        e.setMemberId(f.getMemberId());
        for (int i = 0; i < e.getOrderOfBenefits().size() && i < f.getCoverages().size(); i++) {
            CoverageInOrder c = e.getOrderOfBenefits().get(i);
            PhiCoverage sealed = f.getCoverages().get(i);
            c.setMemberId(sealed.getMemberId());
            c.setSubscriberFirstName(sealed.getSubscriberFirstName());
            c.setSubscriberLastName(sealed.getSubscriberLastName());
        }
        e.setPhi(null);
    }

    private ByteBuffer seal(PhiFields fields, SpecificRecord event) {
        return ByteBuffer.wrap(cipher.seal(AvroCodec.encodeSingleObject(fields), context(event)));
    }

    private PhiFields open(ByteBuffer sealed, SpecificRecord event) {
        byte[] plain = cipher.open(bytes(sealed), context(event));
        try {
            // through AvroCodec: PhiFields' own static decoder resolves classes in the wrong loader under Quarkus tests
            return AvroCodec.decodeSingleObject(plain, PhiFields.class);
        } catch (RuntimeException e) {
            throw new UnreadablePhiException("sealed PHI: not a PhiFields record (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /** Binds an envelope to its event: type and id. */
    static String context(SpecificRecord event) {
        return event.getSchema().getFullName() + "/" + AvroCodec.eventId(event);
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
