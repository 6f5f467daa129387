package io.revcycle.x12;

import java.util.List;

import io.revcycle.x12.ack.AckGeneratorTest;
import io.revcycle.x12.claim.Claim837CrossCheckTest;
import io.revcycle.x12.claimack.ClaimAck277CrossCheckTest;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.remit.Remittance835CrossCheckTest;

/**
 * The independent reading by com.imsweb:x12-parser 1.13 for any file the platform writes (837P, 837I, 835, 277CA,
 * 999), with each guide's known x12-parser defects removed by exact message (listed with their reasons in the
 * guide's cross-check test). Shipped in common-x12's test jar for other modules' tests.
 */
public final class X12ParserCrossCheck {

    private X12ParserCrossCheck() {
    }

    /** x12-parser's errors, known defects excluded; an unsupported guide is reported as an error. */
    public static List<String> errors(byte[] bytes) throws Exception {
        X12Document doc = X12Reader.read(bytes);
        if (doc.interchanges().isEmpty() || doc.interchanges().get(0).groups().isEmpty()) {
            return List.of("no functional group to cross-check");
        }
        Interchange isa = doc.interchanges().get(0);
        FunctionalGroup gs = isa.groups().get(0);
        String guide = gs.version();
        return switch (gs.functionalId()) {
            case "HC" -> Claim837CrossCheckTest.errors(bytes, guide.startsWith("005010X223"));
            case "HP" -> Remittance835CrossCheckTest.errors(bytes);
            case "HN" -> guide.startsWith("005010X214") ? ClaimAck277CrossCheckTest.errors(bytes)
                    : List.of("no x12-parser cross-check for " + guide);
            case "FA" -> AckGeneratorTest.x12ParserErrors(bytes);
            default -> List.of("no x12-parser cross-check for GS01 " + gs.functionalId());
        };
    }
}
