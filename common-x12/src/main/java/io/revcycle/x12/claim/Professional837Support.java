package io.revcycle.x12.claim;

import java.util.List;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.validate.FindingSink;

/** 837 Health Care Claim: Professional, 005010X222A1 (also reads 005010X222A2, which shares its structure). */
public final class Professional837Support implements TransactionSupport<Claim837P> {

    public static final String GUIDE = "005010X222A1";

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
        return List.of("005010X222A2");
    }

    @Override
    public String functionalIdentifier() {
        return "HC";
    }


    @Override
    public Class<Claim837P> type() {
        return Claim837P.class;
    }

    @Override
    public Claim837P fromBody(TransactionSet transaction, FindingSink findings) {
        return (Claim837P) Claim837Reader.read(transaction, false, findings);
    }

    @Override
    public Loop toBody(Claim837P value) {
        return Claim837Writer.write(value);
    }

    @Override
    public void check(TransactionSet transaction, Claim837P value, FindingSink findings) {
        Claim837Rules.check(transaction, false, findings);
    }
}
