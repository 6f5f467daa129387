package io.revcycle.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.ack.Ack999.GroupAckCode;
import io.revcycle.x12.ack.Ack999.GroupResponse;
import io.revcycle.x12.ack.Ack999.TransactionAckCode;
import io.revcycle.x12.ack.Ack999.TransactionResponse;
import io.revcycle.x12.ack.Ack999.TransactionStatus;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.validate.Finding;

class Ack999SupportTest {

    private static final Envelope ENVELOPE = Envelope.of("CLEARINGHOUSE", "SUBMITTER")
            .withCreated(LocalDateTime.of(2025, 1, 2, 3, 4));

    @Test
    void shouldBeRegisteredInTheCatalog() {
        assertThat(TransactionCatalog.of(Ack999.class)).isInstanceOf(Ack999Support.class);
        assertThat(TransactionCatalog.find("999", "005010X231A1")).isPresent();
    }

    @Test
    void shouldRoundTripSixHundredGeneratedAcknowledgments() {
        Ack999Generator generator = new Ack999Generator(20_240_101L);
        Delimiters[] delimiters = { Delimiters.DEFAULT, new Delimiters('~', '*', '>', '^', ""),
                new Delimiters('\n', '|', ':', '!', ""), new Delimiters('~', '*', ':', '^', "\r\n") };
        int transactions = 0;
        for (int round = 0; round < 150; round++) {
            List<Ack999> values = new ArrayList<>();
            int n = 1 + round % 7;
            for (int i = 0; i < n; i++) {
                values.add(generator.next());
            }
            byte[] bytes = X12Toolkit.writeTyped(values, ENVELOPE, ControlNumbers.startingAt(1 + round),
                    delimiters[round % delimiters.length]);

            TypedResult<Ack999> back = X12Toolkit.readTyped(bytes, Ack999.class);

            assertThat(back.findings()).as("round %d:\n%s", round, new String(bytes)).isEmpty();
            assertThat(back.values()).isEqualTo(values);
            transactions += n;
        }
        assertThat(transactions).isGreaterThanOrEqualTo(500);
    }

    @Test
    void shouldReportCountsThatDoNotAddUp() {
        Ack999 ack = new Ack999("HC", "1", "005010X222A1",
                List.of(new TransactionResponse("837", "0001", null, List.of(),
                        new TransactionStatus(TransactionAckCode.A, List.of()))),
                new GroupResponse(GroupAckCode.A, 1, 1, 2, List.of()));

        List<Finding> f = roundTripFindings(ack);

        assertThat(f).extracting(Finding::code).contains("999_AK9_COUNTS", "999_AK9_ACCEPTED_COUNT");
        assertThat(f.get(0).location().segmentId()).isEqualTo("AK9");
    }

    @Test
    void shouldReportAGroupStatusThatContradictsTheTransactions() {
        Ack999 ack = new Ack999("HC", "1", "005010X222A1",
                List.of(new TransactionResponse("837", "0001", null, List.of(),
                        new TransactionStatus(TransactionAckCode.R, List.of("5")))),
                new GroupResponse(GroupAckCode.A, 1, 1, 0, List.of()));

        assertThat(roundTripFindings(ack)).extracting(Finding::code).containsExactly("999_AK9_STATUS");
    }

    @Test
    void shouldReportARejectionWithoutReason() {
        Ack999 ack = new Ack999("HC", "1", "005010X222A1",
                List.of(new TransactionResponse("837", "0001", null, List.of(),
                        new TransactionStatus(TransactionAckCode.R, List.of()))),
                new GroupResponse(GroupAckCode.R, 1, 1, 0, List.of()));

        List<Finding> f = roundTripFindings(ack);

        assertThat(f).extracting(Finding::code).containsExactly("999_IK5_REASON_MISSING");
        assertThat(f.get(0).location().loopId()).isEqualTo("2000");
        assertThat(f.get(0).location().segmentId()).isEqualTo("IK5");
    }

    @Test
    void shouldReportAnAcceptanceThatListsErrors() {
        Ack999 ack = new Ack999("HC", "1", "005010X222A1",
                List.of(new TransactionResponse("837", "0001", null,
                        List.of(new Ack999.SegmentError("CLM", 20, "2300", "8", List.of(), List.of())),
                        new TransactionStatus(TransactionAckCode.A, List.of()))),
                new GroupResponse(GroupAckCode.A, 1, 1, 1, List.of()));

        assertThat(roundTripFindings(ack)).extracting(Finding::code).containsExactly("999_IK5_ACCEPTED_WITH_ERRORS");
    }

    private static List<Finding> roundTripFindings(Ack999 ack) {
        byte[] bytes = X12Toolkit.writeTyped(List.of(ack), ENVELOPE, ControlNumbers.startingAt(5),
                Delimiters.DEFAULT);
        TypedResult<Ack999> r = X12Toolkit.readTyped(bytes, Ack999.class);
        assertThat(r.values()).containsExactly(ack);
        return r.findings();
    }
}
