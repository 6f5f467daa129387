package io.revcycle.hl7;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;

/**
 * A parsed inbound message with what its MSH says: {@code sender} is MSH-3|MSH-4 (sending application and facility),
 * {@code controlId} MSH-10, {@code type} and {@code trigger} MSH-9.1 and 9.2.
 */
public record Hl7Inbound(Message message, Segment msh, String type, String trigger, String sender, String controlId) {

    /**
     * The message's key in the processed-event inbox: the same control id from the same sender is the same message
     * (kind keeps, say, a DFT and an ADT that share a control id apart).
     */
    public UUID key(String kind) {
        return UUID.nameUUIDFromBytes((kind + "|" + sender + "|" + controlId).getBytes(StandardCharsets.UTF_8));
    }
}
