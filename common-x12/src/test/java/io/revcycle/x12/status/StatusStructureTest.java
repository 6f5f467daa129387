package io.revcycle.x12.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.eligibility.EligibilityGenerator;
import io.revcycle.x12.eligibility.EligibilityInquiry270;
import io.revcycle.x12.eligibility.EligibilityInquiry270Support;
import io.revcycle.x12.eligibility.EligibilityResponse271;
import io.revcycle.x12.eligibility.EligibilityResponse271Support;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.validate.Finding;

/**
 * Files with several interchanges of different guides, the 277 X212 / 277CA X214 split, and mappings that never
 * throw on odd loop trees.
 */
class StatusStructureTest {

    @Test
    void shouldReadSeveralInterchangesOfDifferentGuidesFromOneFile() throws Exception {
        StatusGenerator sg = new StatusGenerator(7L);
        EligibilityGenerator eg = new EligibilityGenerator(7L);
        List<ClaimStatusRequest276> requests = List.of(sg.request(), sg.request(), sg.request());
        List<ClaimStatusResponse277> responses = List.of(sg.response(), sg.response());
        List<EligibilityInquiry270> inquiries = List.of(eg.inquiry(), eg.inquiry());
        ControlNumbers numbers = ControlNumbers.startingAt(40);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(X12Toolkit.writeTyped(requests, StatusRoundTripTest.ENVELOPE, numbers, Delimiters.DEFAULT));
        file.write(X12Toolkit.writeTyped(inquiries, StatusRoundTripTest.ENVELOPE, numbers,
                new Delimiters('~', '|', '>', '!', "\r\n")));
        file.write(X12Toolkit.writeTyped(responses, StatusRoundTripTest.ENVELOPE, numbers, Delimiters.DEFAULT));
        byte[] bytes = file.toByteArray();

        assertThat(X12Toolkit.validate(bytes)).isEmpty();
        assertThat(X12Toolkit.readTyped(bytes, ClaimStatusRequest276.class).values()).isEqualTo(requests);
        assertThat(X12Toolkit.readTyped(bytes, ClaimStatusResponse277.class).values()).isEqualTo(responses);
        assertThat(X12Toolkit.readTyped(bytes, EligibilityInquiry270.class).values()).isEqualTo(inquiries);
        assertThat(X12Toolkit.readAll(bytes).values()).hasSize(7);
    }

    @Test
    void shouldTellThe277ClaimStatusFromThe277ClaimAcknowledgment() {
        assertThat(TransactionCatalog.find("277", "005010X212")).get().isInstanceOf(ClaimStatusResponse277Support.class);
        assertThat(TransactionCatalog.find("277", "005010X214")).isPresent().get()
                .isNotInstanceOf(ClaimStatusResponse277Support.class);
        byte[] x212 = X12Toolkit.writeTyped(List.of(new StatusGenerator(8L).response()), StatusRoundTripTest.ENVELOPE,
                ControlNumbers.startingAt(1), Delimiters.DEFAULT);
        assertThat(X12Toolkit.readTyped(x212, ClaimStatusResponse277.class).values()).hasSize(1);
        assertThat(X12Toolkit.readAll(x212).values()).singleElement().isInstanceOf(ClaimStatusResponse277.class);
    }

    /** Trees the reader could build from broken input: the mappings and rules report, they never throw. */
    @Test
    void shouldMapOddTreesWithoutThrowing() {
        List<Loop> bodies = List.of(
                Loop.of("X"),
                Loop.of("X", Segment.of("BHT", "0010", "13", "", "2026", "")),
                Loop.of("X", Loop.of("2000B", Segment.of("HL", "1", "", "21", "1"))),
                Loop.of("X", Loop.of("2000A", Segment.of("HL", "1", "", "20", "1")),
                        Loop.of("2000C", Segment.of("HL", "2", "1", "19", "1")),
                        Loop.of("2000D", Segment.of("HL", "3", "2", "22", "0"), Loop.of("2200D")),
                        Loop.of("2000E", Segment.of("HL", "", "", "23")),
                        Loop.of("L2000", Segment.of("HL", "9", "9", "99")),
                        Loop.of("2000D", Segment.of("NM1", "IL"))),
                Loop.of("X", Loop.of("2000A", Segment.of("HL", "1", "", "20", "1")),
                        Loop.of("2000B", Segment.of("HL", "2", "1", "21", "1")),
                        Loop.of("2000C", Segment.of("HL", "3", "2", "22", "1"), Segment.of("TRN", ""),
                                Loop.of("2100C", Segment.of("NM1", ""), Segment.of("DTP", "291", "RD8", "2026-"),
                                        Segment.of("MPI", "A", "", "", "", "", "RD8"),
                                        Loop.of("2110C", Segment.of("EB", "1", "", "", "", "", "", "x", "y", "", "z")),
                                        Loop.of("2110C", Segment.of("EQ", "")))),
                        Loop.of("2000D", Segment.of("HL", "4", "3", "23", "0"))));
        List<TransactionSupport<?>> supports = List.of(new EligibilityInquiry270Support(),
                new EligibilityResponse271Support(), new ClaimStatusRequest276Support(),
                new ClaimStatusResponse277Support());
        for (TransactionSupport<?> s : supports) {
            for (Loop body : bodies) {
                mapAndCheck(s, new TransactionSet(s.transactionSetId(), "0001", s.implementationReference(), body));
            }
        }
    }

    private static <T> void mapAndCheck(TransactionSupport<T> s, TransactionSet tx) {
        List<Finding> findings = new java.util.ArrayList<>();
        T value = s.fromBody(tx, findings::add);
        assertThat(value).isNotNull();
        s.check(tx, value, findings::add);
        assertThat(s.toBody(value)).isNotNull();
    }
}
