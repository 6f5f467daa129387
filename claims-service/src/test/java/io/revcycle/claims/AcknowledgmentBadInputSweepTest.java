package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.api;
import static io.revcycle.claims.ClaimTestSupport.awaitClaim;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static io.revcycle.claims.ClaimTestSupport.submitClaim;
import static io.revcycle.claims.EdiFiles.ack277;
import static io.revcycle.claims.EdiFiles.ack999;
import static io.revcycle.claims.EdiFiles.bytes;
import static io.revcycle.claims.EdiFiles.sent837;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.X12IntakeSweep;
import io.revcycle.x12.fuzz.MalformedX12;
import io.revcycle.x12.fuzz.MalformedX12.Mutant;

/**
 * The X12 bad-input sweep of the 999 and 277CA intake (issue 19): every malformed copy (truncated, wrong delimiters,
 * counts and control numbers off, bad dates and amounts, a segment missing, an unknown transaction set) of a 999 and
 * a 277CA that would accept a sent claim is refused through the gateway's upload: a 422 naming the rejected edi_file,
 * and the claim, its timeline, corrections and outbox exactly as they were. The valid files then move the claim.
 */
@QuarkusTest
@TestSecurity(user = "biller7", roles = { Roles.BILLER, Roles.BILLING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class AcknowledgmentBadInputSweepTest {

    @Inject
    DataSource db;

    @Test
    void shouldRefuseEveryMalformed999And277CAWithoutMovingTheClaim() {
        String encounterId = newEncounterId();
        submitClaim(encounterId);
        String claimId = claimIdOf(encounterId);
        String pcn = ClaimTestSupport.claim(claimId).getString("patientControlNumber");
        byte[] accept999 = ack999(bytes(sent837(pcn)));
        byte[] accept277 = ack277(pcn, "A2", "20", null, "PCC" + pcn, ClaimTestSupport.DOS);
        List<Mutant> mutants = new ArrayList<>(MalformedX12.mutants(accept999, 999));
        mutants.addAll(MalformedX12.mutants(accept277, 277));

        X12IntakeSweep.Result result = X12IntakeSweep.run(db, Set.of(), mutants, o -> null);

        System.out.printf("AcknowledgmentBadInputSweepTest: %d mutants in %d ms%n", result.mutants(),
                result.millis());
        assertThat(result.failures()).as("mutants not refused cleanly").isEmpty();
        assertThat(result.mutants()).isGreaterThanOrEqualTo(100);
        assertThat(ClaimTestSupport.claim(claimId).getString("status")).isEqualTo("SENT");
        // the valid files through the same route move the claim: the mutants were about a claim they could move
        api().contentType("application/edi-x12").body(accept999).post("/edi/files").then().statusCode(202);
        awaitClaim(claimId, c -> "ACKNOWLEDGED".equals(c.getString("status")));
        api().contentType("application/edi-x12").body(accept277).post("/edi/files").then().statusCode(202);
        awaitClaim(claimId, c -> "ACCEPTED".equals(c.getString("status")));
    }
}
