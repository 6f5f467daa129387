package io.revcycle.x12;

import java.util.List;
import java.util.Optional;

import io.revcycle.x12.spi.TransactionSupport;

/**
 * The implementation guides this toolkit knows. The reader picks a guide by ST01 and ST03 (GS08 when ST03 is absent).
 * Each guide adds ONE line to {@link #ALL}.
 */
public final class TransactionCatalog {

    // an array initializer, so every entry (the last one too) may end with a comma
    private static final List<TransactionSupport<?>> ALL = List.of(new TransactionSupport<?>[] {
    // one entry per implementation guide, e.g. new io.revcycle.x12.claim.Professional837Support(),
            new io.revcycle.x12.ack.Ack999Support(),
            new io.revcycle.x12.claim.Professional837Support(),
            new io.revcycle.x12.claim.Institutional837Support(),
            new io.revcycle.x12.eligibility.EligibilityInquiry270Support(),
            new io.revcycle.x12.eligibility.EligibilityResponse271Support(),
            new io.revcycle.x12.status.ClaimStatusRequest276Support(),
            new io.revcycle.x12.status.ClaimStatusResponse277Support(),
            new io.revcycle.x12.remit.Remittance835Support(),
            new io.revcycle.x12.claimack.ClaimAcknowledgment277Support(),
    });

    private TransactionCatalog() {
    }

    public static List<TransactionSupport<?>> all() {
        return ALL;
    }

    public static Optional<TransactionSupport<?>> find(String transactionSetId, String implementationReference) {
        return ALL.stream()
                .filter(s -> s.transactionSetId().equals(transactionSetId))
                .filter(s -> s.implementationReference().equals(implementationReference)
                        || s.alsoReads().contains(implementationReference))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    public static <T> TransactionSupport<T> of(Class<T> type) {
        return (TransactionSupport<T>) ALL.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no transaction support for " + type.getName()));
    }
}
