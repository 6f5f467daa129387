package io.revcycle.payersim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
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
import io.revcycle.payersim.PayerSimulatorClaimStatusTest.Asked;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.X12IntakeSweep;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.fuzz.MalformedX12;
import io.revcycle.x12.fuzz.MalformedX12.Mutant;
import io.revcycle.x12.model.Delimiters;

/**
 * The X12 bad-input sweep of the payer's inquiry intake (issue 19): every malformed copy of a valid 270 eligibility
 * inquiry and 276 claim status request is refused through the gateway's upload (a 422 naming the rejected edi_file,
 * at most a 999 that rejects it) and never answered with a 271 or 277; no row changes. The valid files themselves are
 * answered through the same route, so the check would have seen an answer.
 */
@QuarkusTest
@TestSecurity(user = "integration-1", roles = { Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "payer_simulator"))
class InquiryBadInputSweepTest {

    @Inject
    DataSource db;

    @Test
    void shouldRefuseEveryMalformed270And276WithoutAnsweringIt() throws SQLException, InterruptedException {
        String provider = PayerSimulatorTest.provider();
        byte[] inquiry = X12Toolkit.writeTyped(List.of(PayerSimulatorEligibilityTest.inquiry("S" + provider,
                "ABC123456")), Envelope.of(provider, "SYNPAYER1"), ControlNumbers.startingAt(31), Delimiters.DEFAULT);
        byte[] status = PayerSimulatorClaimStatusTest.request(provider,
                new Asked("T" + provider, PayerSimulatorTest.pcn(), "ABC123456"));
        assertThat(X12Toolkit.validate(inquiry)).isEmpty();
        List<Mutant> mutants = new ArrayList<>(MalformedX12.mutants(inquiry, 270));
        mutants.addAll(MalformedX12.mutants(status, 276));
        RejectionAnswers answers = new RejectionAnswers(db, Set.of("271", "277"));

        // outbox_message: answers leave through it (checked by their edi_file copies)
        X12IntakeSweep.Result result = X12IntakeSweep.run(db, Set.of("outbox_message"), mutants,
                o -> answers.problemSinceLastLook());

        System.out.printf("InquiryBadInputSweepTest: %d mutants in %d ms%n", result.mutants(), result.millis());
        assertThat(result.failures()).as("mutants not refused cleanly").isEmpty();
        assertThat(result.mutants()).isGreaterThanOrEqualTo(80);
        // the valid ones go the same way and are answered: an answer would not have gone unseen
        for (byte[] valid : List.of(inquiry, status)) {
            given().contentType("application/edi-x12").body(valid).post("/edi/files").then().statusCode(202);
        }
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 60 && !(seen.indexOf("a 271") >= 0 && seen.indexOf("a 277") >= 0); i++) {
            Thread.sleep(500);
            String problem = answers.problemSinceLastLook();
            seen.append(problem == null ? "" : problem + "; ");
        }
        assertThat(seen.toString()).contains("answered with a 271", "answered with a 277");
    }
}
