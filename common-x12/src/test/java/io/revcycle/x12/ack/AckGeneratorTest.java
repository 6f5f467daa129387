package io.revcycle.x12.ack;

import static io.revcycle.x12.read.Fixtures.ACK_BODY;
import static io.revcycle.x12.read.Fixtures.ISA;
import static io.revcycle.x12.read.Fixtures.bytes;
import static io.revcycle.x12.read.Fixtures.interchange999;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.X12Writer;
import io.revcycle.x12.ack.Ack999.GroupAckCode;
import io.revcycle.x12.ack.Ack999.SegmentError;
import io.revcycle.x12.ack.Ack999.TransactionAckCode;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.read.Fixtures;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

public class AckGeneratorTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 1, 8, 30);

    /** A group of three transaction sets (0001 clean, 0002 with an element error, 0003 clean). */
    private static String threeTransactions(String secondBody) {
        StringBuilder b = new StringBuilder(ISA).append("GS*FA*SENDER*RECEIVER*20240101*1200*7*X*005010X231A1~\n");
        String[] bodies = { ACK_BODY, secondBody, ACK_BODY };
        for (int t = 0; t < 3; t++) {
            int count = bodies[t].split("~", -1).length + 1;
            b.append("ST*999*000").append(t + 1).append("*005010X231A1~\n").append(bodies[t]).append("SE*")
                    .append(count).append("*000").append(t + 1).append("~\n");
        }
        return b.append("GE*3*7~\nIEA*1*000000001~\n").toString();
    }

    private static List<Ack999> acks(String x12) {
        X12Document doc = X12Reader.read(bytes(x12));
        return AckGenerator.acknowledgments(doc, X12Toolkit.validate(doc));
    }

    @Test
    void shouldAcceptAGroupWithoutFindings() {
        List<Ack999> acks = acks(interchange999(ACK_BODY));

        assertThat(acks).hasSize(1);
        Ack999 ack = acks.get(0);
        assertThat(ack.functionalIdentifier()).isEqualTo("FA");
        assertThat(ack.groupControlNumber()).isEqualTo("1");
        assertThat(ack.version()).isEqualTo("005010X231A1");
        assertThat(ack.transactions()).singleElement().satisfies(t -> {
            assertThat(t.transactionSetId()).isEqualTo("999");
            assertThat(t.controlNumber()).isEqualTo("0001");
            assertThat(t.implementationReference()).isEqualTo("005010X231A1");
            assertThat(t.status().code()).isEqualTo(TransactionAckCode.A);
            assertThat(t.segmentErrors()).isEmpty();
        });
        assertThat(ack.response()).isEqualTo(new Ack999.GroupResponse(GroupAckCode.A, 1, 1, 1, List.of()));
    }

    @Test
    void shouldRejectATransactionWithIk3AndIk4AndAcceptThePartOfTheGroupThatIsFine() {
        List<Ack999> acks = acks(threeTransactions(ACK_BODY.replace("AK1*HC*17456*", "AK1*HC**")));

        Ack999 ack = acks.get(0);
        assertThat(ack.transactions()).extracting(t -> t.status().code()).containsExactly(TransactionAckCode.A,
                TransactionAckCode.R, TransactionAckCode.A);
        var rejected = ack.transactions().get(1);
        assertThat(rejected.status().errorCodes()).containsExactly("5");
        SegmentError ik3 = rejected.segmentErrors().get(0);
        assertThat(ik3.segmentId()).isEqualTo("AK1");
        assertThat(ik3.position()).isEqualTo(2);
        assertThat(ik3.errorCode()).isEqualTo("8");
        assertThat(ik3.elementErrors()).singleElement().satisfies(e -> {
            assertThat(e.elementPosition()).isEqualTo(2);
            assertThat(e.errorCode()).isEqualTo("1");
            assertThat(e.badData()).isNull();
        });
        assertThat(ack.response()).isEqualTo(new Ack999.GroupResponse(GroupAckCode.P, 3, 3, 2, List.of()));
    }

    @Test
    void shouldReportSegmentErrorsWithTheirLoop() {
        Ack999 ack = acks(interchange999(ACK_BODY.replace("IK5*A~\n", ""))).get(0);

        SegmentError ik3 = ack.transactions().get(0).segmentErrors().get(0);
        assertThat(ik3.segmentId()).isEqualTo("IK5");
        assertThat(ik3.errorCode()).isEqualTo("3");
        assertThat(ik3.loopId()).isEqualTo("2000");
        assertThat(ack.response().code()).isEqualTo(GroupAckCode.R);
        assertThat(ack.response().accepted()).isZero();
    }

    @Test
    void shouldRejectForTransactionEnvelopeErrors() {
        Ack999 ack = acks(interchange999(ACK_BODY).replace("SE*6*0001", "SE*5*0001")).get(0);

        assertThat(ack.transactions().get(0).status().code()).isEqualTo(TransactionAckCode.R);
        assertThat(ack.transactions().get(0).status().errorCodes()).containsExactly("4");
        assertThat(ack.transactions().get(0).segmentErrors()).isEmpty();
    }

    @Test
    void shouldRejectTheGroupForGroupEnvelopeErrors() {
        Ack999 ack = acks(interchange999(ACK_BODY).replace("GE*1*1", "GE*4*2")).get(0);

        assertThat(ack.response().code()).isEqualTo(GroupAckCode.R);
        assertThat(ack.response().errorCodes()).containsExactly("5", "4");
        assertThat(ack.transactions().get(0).status().code()).isEqualTo(TransactionAckCode.A);
    }

    @Test
    void shouldNoteWarningsWithAcceptedButErrorsNoted() {
        X12Document doc = X12Reader.read(bytes(interchange999(ACK_BODY)));
        List<Finding> findings = new ArrayList<>(X12Toolkit.validate(doc));
        findings.add(new Finding(Severity.WARNING, SnipLevel.IMPLEMENTATION_GUIDE,
                new Location("000000001", "1", "0001", 3, "AK2", "2000", 3, 0), "SOME_WARNING", "I12",
                "AK203 looks odd."));

        Ack999 ack = AckGenerator.acknowledgments(doc, findings).get(0);

        assertThat(ack.transactions().get(0).status().code()).isEqualTo(TransactionAckCode.E);
        assertThat(ack.transactions().get(0).status().errorCodes()).containsExactly("I5");
        assertThat(ack.transactions().get(0).segmentErrors().get(0).elementErrors().get(0).errorCode())
                .isEqualTo("I12");
        assertThat(ack.response().code()).isEqualTo(GroupAckCode.E);
        assertThat(ack.response().accepted()).isEqualTo(1);
    }

    @Test
    void shouldWriteOneAcknowledgmentPerGroupWithSwappedEnvelope() {
        String two = interchange999(ACK_BODY).replace("GE*1*1~\nIEA*1", "GE*1*1~\n"
                + "GS*FA*SENDER*RECEIVER*20240101*1200*2*X*005010X231A1~\nST*999*0001*005010X231A1~\n" + ACK_BODY
                + "SE*6*0001~\nGE*1*2~\nIEA*2");
        X12Document doc = X12Reader.read(bytes(two));
        assertThat(doc.findings()).isEmpty();

        List<Interchange> out = AckGenerator.interchanges(doc, X12Toolkit.validate(doc), ControlNumbers.startingAt(9),
                NOW);

        assertThat(out).singleElement().satisfies(i -> {
            assertThat(i.senderId()).isEqualTo("RECEIVER");
            assertThat(i.receiverId()).isEqualTo("SENDER");
            assertThat(i.usage()).isEqualTo("T");
            assertThat(i.groups()).singleElement().satisfies(g -> {
                assertThat(g.functionalId()).isEqualTo("FA");
                assertThat(g.senderCode()).isEqualTo("RECEIVER");
                assertThat(g.receiverCode()).isEqualTo("SENDER");
                assertThat(g.version()).isEqualTo("005010X231A1");
                assertThat(g.transactions()).hasSize(2);
            });
        });
        byte[] written = X12Writer.write(out, Delimiters.DEFAULT);
        TypedResult<Ack999> back = X12Toolkit.readTyped(written, Ack999.class);
        assertThat(back.findings()).isEmpty();
        assertThat(back.values()).extracting(Ack999::groupControlNumber).containsExactly("1", "2");
    }

    @Test
    void shouldAcknowledgeBytesInOneCall() {
        byte[] ack = AckGenerator.acknowledge(bytes(threeTransactions(ACK_BODY.replace("IK5*A", "IK5*Q"))),
                ControlNumbers.startingAt(1), Delimiters.DEFAULT, NOW);

        TypedResult<Ack999> back = X12Toolkit.readTyped(ack, Ack999.class);
        assertThat(back.findings()).isEmpty();
        assertThat(back.values().get(0).response().code()).isEqualTo(GroupAckCode.P);
        SegmentError ik3 = back.values().get(0).transactions().get(1).segmentErrors().get(0);
        assertThat(ik3.segmentId()).isEqualTo("IK5");
        assertThat(ik3.loopId()).isEqualTo("2000");
        assertThat(ik3.elementErrors().get(0).errorCode()).isIn("7", "I6");
    }

    /**
     * Known defects of com.imsweb x12-parser 1.13 in its 999 mapping (its 999 file type is named ANSI837_5010_X231),
     * excluded by exact message. Both are reported for its own sample files x12_999_accepted.txt and
     * x12_999_rejected.txt, which are well formed in these respects.
     */
    static final List<String> X12_PARSER_999_DEFECTS = List.of(
            // it closes the HEADER wrapper loop at the first loop 2000 and never finds the AK9 that follows
            "AK9 in loop HEADER is required but not found",
            // the same defect one level down: an IK5 after a loop 2100 is not seen as part of loop 2000
            "IK5 in loop 2000 is required but not found",
            // it checks the business unit CTX (CTX*CLM01:id, CTX02-04 not used by the guide) against the situational
            // trigger CTX definition, whose CTX02 is required; our schema checks trigger CTX02 itself (StAEDI)
            "CTX in loop 2100 element at position 2 does not exist!!!!");

    public static List<String> x12ParserErrors(byte[] file) throws java.io.IOException {
        var reader = new com.imsweb.x12.reader.X12Reader(com.imsweb.x12.reader.X12Reader.FileType.ANSI837_5010_X231,
                new ByteArrayInputStream(file));
        List<String> errors = new ArrayList<>(reader.getFatalErrors());
        errors.addAll(reader.getErrors());
        errors.removeAll(X12_PARSER_999_DEFECTS);
        return errors;
    }

    /** Independent cross-check: x12-parser reads the generated 999s with no error but its known defects. */
    @Test
    void shouldWriteAcknowledgmentsThatX12ParserReadsWithoutErrors() throws Exception {
        Ack999Generator generator = new Ack999Generator(99);
        for (int i = 0; i < 200; i++) {
            byte[] f = X12Toolkit.writeTyped(List.of(generator.next(), generator.next()),
                    io.revcycle.x12.Envelope.of("A", "B").withCreated(NOW), ControlNumbers.startingAt(1 + i),
                    Delimiters.DEFAULT);
            assertThat(x12ParserErrors(f)).as(new String(f)).isEmpty();
        }
    }

    /** The 999s generated for the public 837 samples pass the x12-parser cross-check too. */
    @Test
    void shouldAcknowledgeThe837SamplesWithAcknowledgmentsX12ParserAccepts() throws Exception {
        Path dir = Fixtures.samples();
        Assumptions.assumeTrue(dir != null, "samples folder ../shared/samples/x12 is absent");
        List<Path> claims;
        try (var files = Files.list(dir)) {
            claims = files.filter(p -> p.getFileName().toString().startsWith("lfh__837")).sorted().toList();
        }
        for (Path p : claims) {
            byte[] ack = AckGenerator.acknowledge(Files.readAllBytes(p), ControlNumbers.startingAt(1),
                    Delimiters.DEFAULT, NOW);
            assertThat(X12Toolkit.readTyped(ack, Ack999.class).findings()).as(p.toString()).isEmpty();
            assertThat(x12ParserErrors(ack)).as(p + "\n" + new String(ack)).isEmpty();
        }
    }

    @Test
    void shouldReadThePublic999SamplesIntoTypedAcknowledgments() throws Exception {
        Path dir = Fixtures.samples();
        Assumptions.assumeTrue(dir != null, "samples folder ../shared/samples/x12 is absent");

        TypedResult<Ack999> accepted = X12Toolkit.readTyped(Files.readAllBytes(
                dir.resolve("ims__837_5010_x12_999_accepted.txt")), Ack999.class);
        TypedResult<Ack999> rejected = X12Toolkit.readTyped(Files.readAllBytes(
                dir.resolve("ims__837_5010_x12_999_rejected.txt")), Ack999.class);

        assertThat(accepted.values()).singleElement().satisfies(a -> {
            assertThat(a.version()).isEqualTo("005010X223A2");
            assertThat(a.transactions().get(0).status().code()).isEqualTo(TransactionAckCode.A);
            assertThat(a.response()).isEqualTo(new Ack999.GroupResponse(GroupAckCode.A, 1, 1, 1, List.of()));
        });
        // the public example is not clean: GS05 "102497" is not a time, and IEA02 000000001 differs from ISA13
        assertThat(accepted.findings()).extracting(Finding::code).containsExactly("INVALID_TIME",
                "INTERCHANGE_CONTROL_NUMBER_MISMATCH");
        assertThat(rejected.findings()).isEmpty();
        assertThat(rejected.values()).singleElement().satisfies(a -> {
            var t = a.transactions().get(0);
            assertThat(t.status().code()).isEqualTo(TransactionAckCode.R);
            assertThat(t.status().errorCodes()).containsExactly("5");
            assertThat(t.segmentErrors()).singleElement().satisfies(e -> {
                assertThat(e.segmentId()).isEqualTo("NM");
                assertThat(e.position()).isEqualTo(17);
                assertThat(e.errorCode()).isEqualTo("1");
            });
            assertThat(a.response().code()).isEqualTo(GroupAckCode.R);
        });
        for (String name : List.of("ims__837_5010_x12_999_accepted.txt", "ims__837_5010_x12_999_rejected.txt")) {
            byte[] original = Files.readAllBytes(dir.resolve(name));
            X12Document doc = X12Reader.read(original);
            X12Document again = X12Reader.read(X12Writer.write(doc.interchanges(), doc.delimiters()));
            assertThat(again.interchanges()).isEqualTo(doc.interchanges());
        }
    }
}
