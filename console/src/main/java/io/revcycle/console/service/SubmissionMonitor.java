package io.revcycle.console.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The submission monitor's view: each 837 batch sent (one interchange) with the rejections its claims got back,
 * told apart by who rejected them: the clearinghouse's 999 (the file's syntax and implementation rules) or the
 * payer's 277CA (front-end edits: member, provider, payer); denials after adjudication (835) are the payer's, counted
 * from claims-service's summary. claims-service files each rejection with the ISA13 of the batch it answers.
 */
public final class SubmissionMonitor {

    public record Batch(BillingViews.EdiFile file, long rejected999, long rejected277ca, long stillOpen) {
    }

    private SubmissionMonitor() {
    }

    public static List<Batch> batches(List<BillingViews.EdiFile> sent, List<BillingViews.CorrectionItem> rejections) {
        Map<String, List<BillingViews.CorrectionItem>> byBatch = rejections.stream()
                .filter(r -> r.interchangeControlNumber() != null)
                .collect(Collectors.groupingBy(BillingViews.CorrectionItem::interchangeControlNumber));
        return sent.stream().map(f -> {
            List<BillingViews.CorrectionItem> its = byBatch.getOrDefault(f.interchangeControlNumber(), List.of());
            return new Batch(f, count(its, "ACK_999"), count(its, "ACK_277CA"),
                    its.stream().filter(r -> "OPEN".equals(r.status())).count());
        }).toList();
    }

    /** Rejections by stage over every correction item: SCRUB (ours), ACK_999, ACK_277CA. */
    public static long count(List<BillingViews.CorrectionItem> items, String stage) {
        return items.stream().filter(r -> stage.equals(r.stage())).count();
    }
}
