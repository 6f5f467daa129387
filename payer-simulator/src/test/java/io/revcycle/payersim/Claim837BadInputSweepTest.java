package io.revcycle.payersim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import io.revcycle.x12.ack.Ack999;
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

    /** When the previous mutant's answers were looked at: answers created after it belong to the next one. */
    private Timestamp seen;

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
        seen = now();

        // outbox_message: the 999s leave through it (checked below by their edi_file copies)
        X12IntakeSweep.Result result = X12IntakeSweep.run(db, Set.of("outbox_message"), mutants,
                o -> answeredWithRejections());

        System.out.printf("Claim837BadInputSweepTest: %d mutants in %d ms%n", result.mutants(), result.millis());
        assertThat(result.failures()).as("mutants not refused cleanly").isEmpty();
        assertThat(result.mutants()).isGreaterThanOrEqualTo(120);
        // the valid file itself is taken through the same route: the sweep compared tables that do change
        Map<String, Long> before = TableCounts.of(db, Set.of());
        given().contentType("application/edi-x12").body(professional).post("/edi/files").then().statusCode(202);
        assertThat(TableCounts.changes(before, TableCounts.of(db, Set.of()))).anyMatch(c -> c.startsWith(
                "received_claim:"));
    }

    /** null when every answer file sent since the last look is a 999 rejecting what it acknowledges. */
    private String answeredWithRejections() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select document_types, "
                + "content, created_at from edi_file where direction = 'OUT' and created_at > ? order by created_at")) {
            s.setTimestamp(1, seen);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    seen = r.getTimestamp(3);
                    String types = r.getString(1);
                    if (types.contains("277CA")) {
                        problems.add("answered with a 277CA: a claim was taken");
                    } else if (types.contains("999")) {
                        for (Ack999 ack : X12Toolkit.readTyped(r.getBytes(2), Ack999.class).values()) {
                            if (!rejects(ack)) {
                                problems.add("its 999 accepts group " + ack.groupControlNumber() + " (AK9 "
                                        + (ack.response() == null ? null : ack.response().code()) + ")");
                            }
                        }
                    }
                }
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /** AK9 R, or every transaction set IK5 R. */
    private static boolean rejects(Ack999 ack) {
        if (ack.response() != null && ack.response().code() == Ack999.GroupAckCode.R) {
            return true;
        }
        return !ack.transactions().isEmpty() && ack.transactions().stream()
                .allMatch(t -> t.status() != null && t.status().code() == Ack999.TransactionAckCode.R);
    }

    private Timestamp now() throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select now()");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getTimestamp(1);
        }
    }

    private static String member(String payer) {
        return PayerSimulatorTest.member(payer, "25.00", "20.00", "0.00");
    }
}
