package io.revcycle.payersim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.revcycle.payersim.Test837.TestClaim;
import io.revcycle.payersim.Test837.TestLine;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TableCounts;
import io.revcycle.testsupport.X12IntakeSweep;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.fuzz.MalformedX12;
import io.revcycle.x12.fuzz.MalformedX12.Mutant;

/**
 * The X12 bad-input sweep of the payer's 837 intake (issue 19): every malformed copy of a valid 837P and 837I
 * (truncated, wrong delimiters, counts and control numbers off, bad dates and amounts, a segment missing, an unknown
 * transaction set) is refused through the gateway's upload: a 422 naming the rejected edi_file and, when the file
 * could be read as an 837, a 999 rejecting it (AK9 R or IK5 R), never a 277CA; no claim, line or accumulator row.
 */
@QuarkusTest
@TestSecurity(user = "integration-1", roles = { Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "payer_simulator"))
class Claim837BadInputSweepTest {

    @Inject
    DataSource db;

    @Test
    void shouldAnswerEveryMalformed837WithARejectionAndRecordNoClaim() throws SQLException {
        String provider = PayerSimulatorTest.provider();
        byte[] professional = Test837.professional(provider, "SYNPAYER1", 901,
                TestClaim.of(PayerSimulatorTest.pcn(), "SYNPAYER1", member("SYNPAYER1"),
                        TestLine.of("99214", "185.00"), TestLine.of("36415", "15.00")));
        byte[] institutional = Test837.institutional(provider, "SYNPAYER2", 902,
                TestClaim.of(PayerSimulatorTest.pcn(), "SYNPAYER2", member("SYNPAYER2"),
                        TestLine.facility("0450", "99283", "400.00"), TestLine.facility("0300", "85025", "100.00")));
        assertThat(X12Toolkit.validate(professional)).isEmpty();
        assertThat(X12Toolkit.validate(institutional)).isEmpty();
        List<Mutant> mutants = new ArrayList<>(MalformedX12.mutants(professional, 837));
        mutants.addAll(MalformedX12.mutants(institutional, 837));
        RejectionAnswers answers = new RejectionAnswers(db, Set.of("277CA"));

        // outbox_message: the 999s leave through it (checked below by their edi_file copies)
        X12IntakeSweep.Result result = X12IntakeSweep.run(db, Set.of("outbox_message"), mutants,
                o -> answers.problemSinceLastLook());

        System.out.printf("Claim837BadInputSweepTest: %d mutants in %d ms%n", result.mutants(), result.millis());
        assertThat(result.failures()).as("mutants not refused cleanly").isEmpty();
        assertThat(result.mutants()).isGreaterThanOrEqualTo(120);
        // the valid file itself is taken through the same route: the sweep compared tables that do change
        Map<String, Long> before = TableCounts.of(db, Set.of());
        given().contentType("application/edi-x12").body(professional).post("/edi/files").then().statusCode(202);
        assertThat(TableCounts.changes(before, TableCounts.of(db, Set.of()))).anyMatch(c -> c.startsWith(
                "received_claim:"));
    }

    private static String member(String payer) {
        return PayerSimulatorTest.member(payer, "25.00", "20.00", "0.00");
    }
}
