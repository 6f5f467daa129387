package io.revcycle.x12.claim;

import java.util.List;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.validate.FindingSink;

/**
 * What the professional and institutional 837 guides share: one reader, writer and rule set, told apart by the
 * institutional flag.
 */
abstract class Claim837Support<T extends Claim837> implements TransactionSupport<T> {

    private final String guide;
    private final List<String> alsoReads;
    private final Class<T> type;
    private final boolean institutional;

    Claim837Support(String guide, List<String> alsoReads, Class<T> type, boolean institutional) {
        this.guide = guide;
        this.alsoReads = alsoReads;
        this.type = type;
        this.institutional = institutional;
    }

    @Override
    public String transactionSetId() {
        return "837";
    }

    @Override
    public String implementationReference() {
        return guide;
    }

    @Override
    public List<String> alsoReads() {
        return alsoReads;
    }

    @Override
    public String functionalIdentifier() {
        return "HC";
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public T fromBody(TransactionSet transaction, FindingSink findings) {
        return type.cast(Claim837Reader.read(transaction, institutional, findings));
    }

    @Override
    public Loop toBody(T value) {
        return Claim837Writer.write(value);
    }

    @Override
    public void check(TransactionSet transaction, T value, FindingSink findings) {
        Claim837Rules.check(transaction, institutional, findings);
    }
}
