package io.revcycle.x12.model;

import java.util.List;

/**
 * A functional group (GS..GE).
 *
 * @param functionalId GS01, e.g. HC (837), HP (835), HB (271), HS (270), HR (276), HN (277), FA (999)
 * @param date         GS04 CCYYMMDD
 * @param time         GS05 HHMM
 * @param version      GS08, e.g. "005010X222A1"
 */
public record FunctionalGroup(String functionalId, String senderCode, String receiverCode, String date, String time,
        String controlNumber, String version, List<TransactionSet> transactions) {

    public FunctionalGroup {
        transactions = List.copyOf(transactions);
    }
}
