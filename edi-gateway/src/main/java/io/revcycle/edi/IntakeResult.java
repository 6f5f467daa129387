package io.revcycle.edi;

import java.util.List;

/**
 * What became of an inbound file: ACCEPTED (taken by this service's handlers, no SNIP error), REJECTED (SNIP
 * errors, unreadable, too large or no owner anywhere; handlers that own it were still told), FORWARDED (owned by
 * another service: republished on the forward topic), DUPLICATE (taken before; nothing changed) or IGNORED (read
 * from a topic, owned by another service).
 */
public record IntakeResult(String fileId, String status, List<String> documentTypes, int errorCount,
        List<String> findings, String duplicateOf) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
    public static final String FORWARDED = "FORWARDED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String IGNORED = "IGNORED";
}
