package io.revcycle.x12.status;

import io.revcycle.x12.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.eligibility.DatePeriod;
import io.revcycle.x12.model.Delimiters;

/** The public 276/277 samples read into typed records with no finding; write(read(file)) reads back equal. */
class StatusSamplesTest {

    static <T> TypedResult<T> readAndRoundTrip(Path file, Class<T> type) {
        TypedResult<T> read = X12Toolkit.readTyped(SampleFiles.read(file), type);
        read.findings().forEach(f -> System.out.println(file.getFileName() + ": " + f));
        assertThat(read.values()).as(file.toString()).isNotEmpty();
        byte[] written = X12Toolkit.writeTyped(read.values(), StatusRoundTripTest.ENVELOPE,
                ControlNumbers.startingAt(1), Delimiters.DEFAULT);
        TypedResult<T> again = X12Toolkit.readTyped(written, type);
        assertThat(again.findings()).as(file.toString()).isEmpty();
        assertThat(again.values()).as(file.toString()).isEqualTo(read.values());
        return read;
    }

    @Test
    void shouldRead276SampleWithNoFinding() {
        for (Path file : SampleFiles.matching("lfh__276_")) {
            TypedResult<ClaimStatusRequest276> r = readAndRoundTrip(file, ClaimStatusRequest276.class);
            assertThat(r.findings()).as(file.toString()).isEmpty();
            Receiver276 receiver = r.values().get(0).payers().get(0).receivers().get(0);
            assertThat(receiver.providers()).hasSize(2);
            Subscriber276 smith = receiver.providers().get(0).subscribers().get(0);
            assertThat(smith.claims()).singleElement().satisfies(c -> {
                assertThat(c.traceNumber()).isEqualTo("ABCXYZ1");
                assertThat(c.billType()).isEqualTo("111");
                assertThat(c.patientControlNumber()).isEqualTo("SM123456");
                assertThat(c.totalCharge()).isEqualTo(new BigDecimal("8513.88"));
                assertThat(c.serviceDate()).isEqualTo(DatePeriod.between("472", LocalDate.of(2005, 8, 31),
                        LocalDate.of(2005, 9, 6)));
            });
            Subscriber276 mann = receiver.providers().get(1).subscribers().get(0);
            assertThat(mann.claims()).isEmpty();
            assertThat(mann.dependents()).singleElement().satisfies(d -> {
                assertThat(d.name().firstName()).isEqualTo("JOSEPH");
                assertThat(d.claims().get(0).lines()).singleElement()
                        .satisfies(l -> assertThat(l.procedure().code()).isEqualTo("99203"));
            });
        }
    }

    @Test
    void shouldRead277SampleWithNoFinding() {
        for (Path file : SampleFiles.matching("lfh__277_")) {
            TypedResult<ClaimStatusResponse277> r = readAndRoundTrip(file, ClaimStatusResponse277.class);
            assertThat(r.findings()).as(file.toString()).isEmpty();
            Receiver277 receiver = r.values().get(0).payers().get(0).receivers().get(0);
            ClaimStatus277 pending = receiver.providers().get(0).subscribers().get(0).claims().get(0);
            assertThat(pending.statuses()).singleElement().satisfies(s -> {
                assertThat(s.codes()).containsExactly(StatusCode.of("P3", "317"));
                assertThat(s.totalCharge()).isEqualTo(new BigDecimal("8513.88"));
            });
            assertThat(pending.payerClaimControlNumber()).isEqualTo("05347006051");
            ClaimStatus277 denied = receiver.providers().get(1).subscribers().get(0).dependents().get(0).claims().get(0);
            assertThat(denied.statuses().get(0).codes()).containsExactly(new StatusCode("F2", "88", "QC", null));
            assertThat(denied.lines()).singleElement().satisfies(l -> {
                assertThat(l.paid()).isEqualTo(new BigDecimal("0.00"));
                assertThat(l.statuses()).hasSize(1);
            });
        }
    }
}
