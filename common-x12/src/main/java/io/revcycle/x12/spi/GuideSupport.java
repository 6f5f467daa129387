package io.revcycle.x12.spi;

import java.util.List;

/**
 * The part of a {@link TransactionSupport} that only names the guide (ST01, guide, the versions also read, GS01, the
 * typed record), so that each guide's support holds just its mapping and rules.
 */
public abstract class GuideSupport<T> implements TransactionSupport<T> {

    private final String transactionSetId;
    private final String implementationReference;
    private final List<String> alsoReads;
    private final String functionalIdentifier;
    private final Class<T> type;

    protected GuideSupport(String transactionSetId, String implementationReference, List<String> alsoReads,
            String functionalIdentifier, Class<T> type) {
        this.transactionSetId = transactionSetId;
        this.implementationReference = implementationReference;
        this.alsoReads = List.copyOf(alsoReads);
        this.functionalIdentifier = functionalIdentifier;
        this.type = type;
    }

    @Override
    public final String transactionSetId() {
        return transactionSetId;
    }

    @Override
    public final String implementationReference() {
        return implementationReference;
    }

    @Override
    public final List<String> alsoReads() {
        return alsoReads;
    }

    @Override
    public final String functionalIdentifier() {
        return functionalIdentifier;
    }

    @Override
    public final Class<T> type() {
        return type;
    }
}
