package io.revcycle.remittance;

import static io.revcycle.remittance.RemittanceFixtures.newTraceNumber;
import static io.revcycle.remittance.RemittanceFixtures.paid;
import static io.revcycle.remittance.RemittanceFixtures.partiallyDenied;
import static io.revcycle.remittance.RemittanceFixtures.remittance;
import static io.revcycle.remittance.RemittanceFixtures.x12;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import io.revcycle.remittance.RemittanceFixtures.TestClaim;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TableCounts;
import io.revcycle.testsupport.X12IntakeSweep;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.fuzz.MalformedX12;
import io.revcycle.x12.fuzz.MalformedX12.Mutant;

/**
 * The X12 bad-input sweep of the 835 intake (issue 19): every malformed copy of a valid two-claim 835 (truncated,
 * wrong delimiters, counts and control numbers off, bad dates and amounts, a segment missing, an unknown transaction
 * set) is refused whole through the gateway's upload: a 422 naming the rejected edi_file, a remittance_file record
 * REJECTED with its reason when the file reached this service, and no posting, claim payment or event.
 */
@QuarkusTest
@TestSecurity(user = "integration-1", roles = { Roles.INTEGRATION, Roles.DENIAL_SPECIALIST })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "remittance"))
class Remittance835BadInputSweepTest {

    @Inject
    DataSource db;

    @Test
    void shouldRefuseEveryMalformed835WholeAndChangeNothing() {
        byte[] valid = x12(remittance(newTraceNumber(), partiallyDenied(TestClaim.next()), paid(TestClaim.next())));
        assertThat(X12Toolkit.validate(valid)).isEmpty();
        List<Mutant> mutants = MalformedX12.mutants(valid, 835);

        X12IntakeSweep.Result result = X12IntakeSweep.run(db, Set.of("remittance_file"), mutants,
                o -> o.fileId() == null ? null : rejectedRemittanceFile(o.fileId()));

        System.out.printf("Remittance835BadInputSweepTest: %d mutants in %d ms%n", result.mutants(), result.millis());
        assertThat(result.failures()).as("mutants not refused cleanly").isEmpty();
        assertThat(result.mutants()).isGreaterThanOrEqualTo(60);
        // the valid file itself is posted through the same route: the sweep compared tables that do change
        Map<String, Long> before = TableCounts.of(db, Set.of());
        given().contentType("application/edi-x12").body(valid).post("/edi/files").then().statusCode(202);
        assertThat(TableCounts.changes(before, TableCounts.of(db, Set.of()))).anyMatch(c -> c.startsWith(
                "claim_payment:"));
    }

    /** null when the file has no remittance_file record (refused before this service) or it is REJECTED. */
    private String rejectedRemittanceFile(String fileId) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select status, findings from remittance_file where file_id = ?")) {
            s.setString(1, fileId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return "REJECTED".equals(r.getString(1)) && r.getString(2) != null ? null
                        : "remittance_file " + fileId + " is " + r.getString(1);
            }
        }
    }
}
