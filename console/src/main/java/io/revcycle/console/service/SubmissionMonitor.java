package io.revcycle.console.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The submission monitor's view: each 837 batch sent (one interchange) as claims-service counts it (its claims by
 * acknowledgment: awaiting, acknowledged by the clearinghouse's 999, accepted by the payer's 277CA, rejected by either)
 * with the rejections of it still open in the correction queue; denials after adjudication (835) are the payer's,
 * counted from claims-service's summary. claims-service files each rejection with the ISA13 of the batch it answers.
 */
public final class SubmissionMonitor {

    public record Batch(BillingViews.Batch batch, long stillOpen) {
    }

    private SubmissionMonitor() {
    }

    public static List<Batch> batches(List<BillingViews.Batch> sent, List<BillingViews.CorrectionItem> rejections) {
        Map<String, Long> open = rejections.stream()
                .filter(r -> r.interchangeControlNumber() != null && "OPEN".equals(r.status()))
                .collect(Collectors.groupingBy(BillingViews.CorrectionItem::interchangeControlNumber,
                        Collectors.counting()));
        return sent.stream().map(b -> new Batch(b, open.getOrDefault(b.interchangeControlNumber(), 0L))).toList();
    }

    /** Rejections by stage over every correction item: SCRUB (ours), ACK_999, ACK_277CA. */
    public static long count(List<BillingViews.CorrectionItem> items, String stage) {
        return items.stream().filter(r -> stage.equals(r.stage())).count();
    }

    /** A claim's acknowledgment in a batch in words. */
    public static String inWords(String acknowledgment) {
        return switch (acknowledgment) {
            case "AWAITING" -> "awaiting the 999";
            case "ACKNOWLEDGED" -> "accepted by the clearinghouse (999), awaiting the payer's 277CA";
            case "ACCEPTED" -> "accepted by the payer (277CA)";
            case "REJECTED_999" -> "rejected by the clearinghouse (999)";
            case "REJECTED_277CA" -> "rejected by the payer's front end (277CA)";
            default -> acknowledgment;
        };
    }
}
