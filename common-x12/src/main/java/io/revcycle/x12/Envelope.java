package io.revcycle.x12;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The parties and settings of written interchanges (ISA and GS); control numbers come from {@link ControlNumbers}.
 *
 * @param senderQualifier   ISA05, e.g. "ZZ" (mutually defined) or "30" (tax id)
 * @param senderId          ISA06 (up to 15 characters, padded by the writer)
 * @param receiverQualifier ISA07
 * @param receiverId        ISA08
 * @param applicationSender   GS02
 * @param applicationReceiver GS03
 * @param created           ISA09/ISA10 and GS04/GS05
 * @param usage             ISA15: "P" production or "T" test
 * @param acknowledgmentRequested ISA14 (TA1 requested)
 */
public record Envelope(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
        String applicationSender, String applicationReceiver, LocalDateTime created, String usage,
        boolean acknowledgmentRequested) {

    /** Sender and receiver with "ZZ" qualifiers, GS codes equal to the ISA ids, created now, production usage. */
    public static Envelope of(String senderId, String receiverId) {
        return new Envelope("ZZ", senderId, "ZZ", receiverId, senderId, receiverId,
                LocalDateTime.now().withSecond(0).withNano(0), "P", false);
    }

    public Envelope withCreated(LocalDateTime at) {
        return new Envelope(senderQualifier, senderId, receiverQualifier, receiverId, applicationSender,
                applicationReceiver, at, usage, acknowledgmentRequested);
    }

    public Envelope withUsage(String isa15) {
        return new Envelope(senderQualifier, senderId, receiverQualifier, receiverId, applicationSender,
                applicationReceiver, created, isa15, acknowledgmentRequested);
    }

    public Envelope withQualifiers(String isa05, String isa07) {
        return new Envelope(isa05, senderId, isa07, receiverId, applicationSender, applicationReceiver, created,
                usage, acknowledgmentRequested);
    }

    public Envelope withApplicationCodes(String gs02, String gs03) {
        return new Envelope(senderQualifier, senderId, receiverQualifier, receiverId, gs02, gs03, created, usage,
                acknowledgmentRequested);
    }

    /** ISA09 YYMMDD. */
    public String isaDate() {
        return created.format(DateTimeFormatter.ofPattern("yyMMdd"));
    }

    /** GS04 CCYYMMDD. */
    public String gsDate() {
        return created.format(DateTimeFormatter.ofPattern("yyyyMMdd"));
    }

    /** ISA10 / GS05 HHMM. */
    public String time() {
        return created.format(DateTimeFormatter.ofPattern("HHmm"));
    }
}
