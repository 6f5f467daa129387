package io.revcycle.hl7;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jboss.logging.Logger;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.UUIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * The ACKs a service answers with: AA, AE with one ERR per problem (ERR-2 segment^sequence^field, ERR-3 HL7 table
 * 0357 code, ERR-8 text without PHI), AR built from the MSH alone. Logged by control id and location only.
 */
public final class Hl7Acks {

    private static final Logger LOG = Logger.getLogger(Hl7Acks.class);
    private static final HapiContext HAPI = context();

    private Hl7Acks() {
    }

    /** v2.5.1 structures for every declared version; values are checked by the handlers, not by HAPI. */
    static HapiContext context() {
        HapiContext hapi = new DefaultHapiContext();
        hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        hapi.setValidationContext(ValidationContextFactory.noValidation());
        // ACK control ids: HAPI's default keeps a counter file in the working directory (read-only in a pod)
        hapi.getParserConfiguration().setIdGenerator(new UUIDGenerator());
        return hapi;
    }

    /** AA: taken (or taken before under the same control id). */
    public static Message accept(Hl7Inbound inbound) throws HL7Exception {
        try {
            return inbound.message().generateACK();
        } catch (java.io.IOException e) {
            throw new HL7Exception(e);
        }
    }

    /** AE with one ERR per problem (by segment, repetition, field); logged by location only. */
    public static Message refuse(Hl7Inbound inbound, List<Hl7Problem> problems) throws HL7Exception {
        List<Hl7Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Hl7Problem::segment).thenComparingInt(Hl7Problem::repetition)
                .thenComparingInt(Hl7Problem::field).thenComparingInt(Hl7Problem::component));
        LOG.infof("HL7 %s from %s refused (AE): %s", inbound.controlId(), inbound.sender(), describe(sorted));
        try {
            Message ack = inbound.message().generateACK(AcknowledgmentCode.AE, sorted.get(0).toException());
            for (int i = 1; i < sorted.size(); i++) {
                sorted.get(i).toException().populateResponse(ack, AcknowledgmentCode.AE, i);
            }
            return ack;
        } catch (java.io.IOException e) {
            throw new HL7Exception(e);
        }
    }

    /** AR: a message that is not taken here as a whole (its structure, say). */
    public static Message reject(Hl7Inbound inbound, List<Hl7Problem> problems) throws HL7Exception {
        return reject(inbound.msh(), problems);
    }

    /** AR built from the MSH alone: the message could not be read as a whole, or is not taken here. */
    public static Message reject(Segment msh, List<Hl7Problem> problems) throws HL7Exception {
        ACK ack = new ACK(HAPI.getModelClassFactory());
        ack.setParser(HAPI.getPipeParser());
        String trigger = msh == null ? null : Terser.get(msh, 9, 0, 2, 1);
        String processing = msh == null ? null : Terser.get(msh, 11, 0, 1, 1);
        try {
            ack.initQuickstart("ACK", blank(trigger) ? null : trigger, blank(processing) ? "P" : processing);
        } catch (java.io.IOException e) {
            throw new HL7Exception(e);
        }
        if (msh != null) {
            Terser.set(ack.getMSH(), 3, 0, 1, 1, Terser.get(msh, 5, 0, 1, 1));
            Terser.set(ack.getMSH(), 4, 0, 1, 1, Terser.get(msh, 6, 0, 1, 1));
            Terser.set(ack.getMSH(), 5, 0, 1, 1, Terser.get(msh, 3, 0, 1, 1));
            Terser.set(ack.getMSH(), 6, 0, 1, 1, Terser.get(msh, 4, 0, 1, 1));
            ack.getMSA().getMessageControlID().setValue(Terser.get(msh, 10, 0, 1, 1));
        }
        ack.getMSA().getAcknowledgmentCode().setValue(AcknowledgmentCode.AR.name());
        for (int i = 0; i < problems.size(); i++) {
            problems.get(i).toException().populateResponse(ack, AcknowledgmentCode.AR, i);
        }
        LOG.infof("HL7 %s refused (AR): %s", msh == null ? "-" : Terser.get(msh, 10, 0, 1, 1), describe(problems));
        return ack;
    }

    private static List<String> describe(List<Hl7Problem> problems) {
        return problems.stream().map(p -> p.where() + " " + p.message()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
