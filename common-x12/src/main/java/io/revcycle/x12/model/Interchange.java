package io.revcycle.x12.model;

import java.util.List;

/**
 * An interchange (ISA..IEA). Sender and receiver ids are kept trimmed; the writer pads them to 15 characters.
 *
 * @param date  ISA09 YYMMDD
 * @param time  ISA10 HHMM
 * @param usage ISA15, P or T
 */
public record Interchange(String authorizationQualifier, String authorization, String securityQualifier,
        String security, String senderQualifier, String senderId, String receiverQualifier, String receiverId,
        String date, String time, String controlNumber, boolean acknowledgmentRequested, String usage,
        List<FunctionalGroup> groups) {

    public Interchange {
        groups = List.copyOf(groups);
    }
}
