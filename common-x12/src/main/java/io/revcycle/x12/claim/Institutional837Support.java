package io.revcycle.x12.claim;

import java.util.List;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.validate.FindingSink;

/**
 * 837 Health Care Claim: Institutional, 005010X223A2 (also reads 005010X223A3 and 005010X223A1, which share its
 * structure).
 */
public final class Institutional837Support implements TransactionSupport<Claim837I> {

    public static final String GUIDE = "005010X223A2";

    @Override
    public String transactionSetId() {
        return "837";
    }

    @Override
    public String implementationReference() {
        return GUIDE;
    }

    @Override
    public List<String> alsoReads() {
        return List.of("005010X223A3", "005010X223A1");
    }

    @Override
    public String functionalIdentifier() {
        return "HC";
    }


    @Override
    public Class<Claim837I> type() {
        return Claim837I.class;
    }

    @Override
    public Claim837I fromBody(TransactionSet transaction, FindingSink findings) {
        return (Claim837I) Claim837Reader.read(transaction, true, findings);
    }

    @Override
    public Loop toBody(Claim837I value) {
        return Claim837Writer.write(value);
    }

    @Override
    public void check(TransactionSet transaction, Claim837I value, FindingSink findings) {
        Claim837Rules.check(transaction, true, findings);
    }
}
