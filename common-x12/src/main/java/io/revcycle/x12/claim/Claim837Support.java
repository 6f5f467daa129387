package io.revcycle.x12.claim;

import java.util.List;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.GuideSupport;
import io.revcycle.x12.validate.FindingSink;

/**
 * What the professional and institutional 837 guides share: one reader, writer and rule set, told apart by the
 * institutional flag.
 */
abstract class Claim837Support<T extends Claim837> extends GuideSupport<T> {

    private final boolean institutional;

    Claim837Support(String guide, List<String> alsoReads, Class<T> type, boolean institutional) {
        super("837", guide, alsoReads, "HC", type);
        this.institutional = institutional;
    }

    @Override
    public T fromBody(TransactionSet transaction, FindingSink findings) {
        return type().cast(Claim837Reader.read(transaction, institutional, findings));
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
