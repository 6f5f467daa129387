package io.revcycle.x12.claimack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.claimack.ClaimAck277.ClaimStatus;
import io.revcycle.x12.claimack.ClaimAck277.StatusCode;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.SampleFiles;

/** The public 277CA examples in shared/samples/x12 (skipped when absent): no finding, typed values, round trip. */
class ClaimAck277SamplesTest {

    private static ClaimAck277 read(String name) {
        Path p = SampleFiles.matching("ims__277_5010_x12_277CA_" + name).get(0);
        TypedResult<ClaimAck277> r = X12Toolkit.readTyped(SampleFiles.read(p), ClaimAck277.class);
        assertThat(r.findings()).as(name).isEmpty();
        assertThat(r.values()).hasSize(1);
        return r.values().get(0);
    }

    @Test
    void shouldReadEverySampleWithoutFindingsAndWriteItBackEqual() {
        for (Path p : SampleFiles.matching("ims__277_5010_x12_277CA_")) {
            TypedResult<ClaimAck277> r = X12Toolkit.readTyped(SampleFiles.read(p), ClaimAck277.class);
            assertThat(r.findings()).as(p.getFileName().toString()).isEmpty();
            assertThat(r.values()).hasSize(1);
            byte[] written = X12Toolkit.writeTyped(r.values(), ClaimAck277RoundTripTest.ENVELOPE,
                    ControlNumbers.startingAt(1), Delimiters.DEFAULT);
            TypedResult<ClaimAck277> back = X12Toolkit.readTyped(written, ClaimAck277.class);
            assertThat(back.findings()).isEmpty();
            assertThat(back.values()).isEqualTo(r.values());
        }
    }

    @Test
    void shouldMapTheAcceptedAcknowledgment() {
        ClaimAck277 ack = read("accepted");
        assertThat(ack.referenceId()).isEqualTo("000000674");
        assertThat(ack.creationDate()).isEqualTo(LocalDate.of(2011, 3, 11));
        var source = ack.sources().get(0);
        assertThat(source.name().entityCode()).isEqualTo("PR");
        assertThat(source.receipts().get(0).receiptDate()).isEqualTo(LocalDate.of(2011, 3, 11));
        var receiver = source.receivers().get(0);
        assertThat(receiver.traceNumber()).isEqualTo("000000674");
        assertThat(receiver.statuses().get(0).status()).isEqualTo(new StatusCode("A1", "20", null));
        assertThat(receiver.statuses().get(0).actionCode()).isEqualTo("WQ");
        assertThat(receiver.totals().acceptedQuantity()).isEqualByComparingTo("1");
        assertThat(receiver.totals().acceptedAmount()).isEqualTo(new BigDecimal("125.0"));
        var provider = receiver.providers().get(0);
        assertThat(provider.name().id()).isEqualTo("1234567890");
        assertThat(provider.statuses()).isEmpty();
        List<ClaimStatus> claims = ack.claims();
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).patientControlNumber()).isEqualTo("5781");
        assertThat(claims.get(0).statuses().get(0).status().category()).isEqualTo("A2");
        assertThat(claims.get(0).payerClaimControlNumber()).isEqualTo("1107000000014420");
        assertThat(claims.get(0).serviceDate().from()).isEqualTo(LocalDate.of(1001, 1, 1));
    }

    @Test
    void shouldMapTheRejectedAcknowledgmentWithItsPipeComponentSeparator() {
        ClaimStatus claim = read("rejected").claims().get(0);
        assertThat(claim.statuses().get(0).status()).isEqualTo(new StatusCode("A7", "562", "85"));
        assertThat(claim.statuses().get(0).amount()).isEqualByComparingTo("199.14");
        assertThat(claim.billType()).isEqualTo("731");
        assertThat(claim.patientControlNumber()).isEqualTo("3920394930203");
    }
}
