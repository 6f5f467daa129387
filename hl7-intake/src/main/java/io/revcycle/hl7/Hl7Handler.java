package io.revcycle.hl7;

import java.util.Map;
import java.util.Set;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;

/**
 * What one service does with the HL7 v2 messages it takes. The service provides exactly one such bean; the shared
 * {@link Hl7Intake} checks the MSH against {@link #accepted()} and parses before calling it.
 */
public interface Hl7Handler {

    /** The message types taken, each with its trigger events: {@code DFT -> [P03]}. */
    Map<String, Set<String>> accepted();

    /**
     * The ACK for a message whose MSH passed: {@link Hl7Intake#accept}, {@link Hl7Intake#refuse} (AE) or
     * {@link Hl7Intake#reject} (AR). Nothing may be stored unless the answer is AA.
     */
    Message handle(Hl7Inbound inbound) throws HL7Exception;
}
