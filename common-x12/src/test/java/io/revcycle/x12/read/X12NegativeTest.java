package io.revcycle.x12.read;

import static io.revcycle.x12.read.Fixtures.ACK_BODY;
import static io.revcycle.x12.read.Fixtures.ISA;
import static io.revcycle.x12.read.Fixtures.bytes;
import static io.revcycle.x12.read.Fixtures.interchange999;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.SnipLevel;

/** Each broken input gives the right finding, at the right place, and never an exception. */
class X12NegativeTest {

    private static List<Finding> findings(String x12) {
        return X12Reader.read(bytes(x12)).findings();
    }

    private static Finding only(String x12, String code) {
        List<Finding> f = findings(x12);
        assertThat(f).extracting(Finding::code).containsExactly(code);
        return f.get(0);
    }

    @Test
    void shouldReportAMissingRequiredElementWithItsPosition() {
        Finding f = only(interchange999(ACK_BODY.replace("AK1*HC*17456*", "AK1*HC**")), "REQUIRED_ELEMENT_MISSING");

        assertThat(f.level()).isEqualTo(SnipLevel.IMPLEMENTATION_GUIDE);
        assertThat(f.x12ErrorCode()).isEqualTo("1");
        assertThat(f.location()).isEqualTo(new Location("000000001", "1", "0001", 2, "AK1", null, 2, 0));
        assertThat(f.message()).isEqualTo("AK102 (Group Control Number) is missing: it is required.");
    }

    @Test
    void shouldReportAnInvalidCodeValueInItsLoop() {
        Finding f = only(interchange999(ACK_BODY.replace("IK5*A", "IK5*Q")), "INVALID_CODE_VALUE");

        assertThat(f.location()).isEqualTo(new Location("000000001", "1", "0001", 4, "IK5", "2000", 1, 0));
        assertThat(f.x12ErrorCode()).isIn("7", "I6");
        assertThat(f.message()).startsWith("IK501 (Transaction Set Acknowledgment Code) has a code value");
    }

    @Test
    void shouldReportAnElementTooLong() {
        Finding f = only(interchange999(ACK_BODY.replace("17456", "1234567890")), "ELEMENT_TOO_LONG");

        assertThat(f.x12ErrorCode()).isEqualTo("5");
        assertThat(f.location().elementPosition()).isEqualTo(2);
        assertThat(f.location().segmentId()).isEqualTo("AK1");
    }

    @Test
    void shouldReportInvalidCharactersInANumber() {
        Finding f = only(interchange999(ACK_BODY.replace("17456", "17A56")), "INVALID_CHARACTER");

        assertThat(f.level()).isEqualTo(SnipLevel.SYNTAX);
        assertThat(f.x12ErrorCode()).isEqualTo("6");
    }

    @Test
    void shouldReportAMissingRequiredSegmentOnce() {
        Finding f = only(interchange999(ACK_BODY.replace("AK9*A*1*1*1~\n", "")), "REQUIRED_SEGMENT_MISSING");

        assertThat(f.x12ErrorCode()).isEqualTo("3");
        assertThat(f.location().segmentId()).isEqualTo("AK9");
        assertThat(f.level()).isEqualTo(SnipLevel.IMPLEMENTATION_GUIDE);
    }

    @Test
    void shouldReportAMissingSegmentOfARequiredLoopPart() {
        Finding f = only(interchange999(ACK_BODY.replace("IK5*A~\n", "")), "REQUIRED_SEGMENT_MISSING");

        assertThat(f.location().segmentId()).isEqualTo("IK5");
        assertThat(f.location().loopId()).isEqualTo("2000");
    }

    @Test
    void shouldReportSegmentsOutOfOrder() {
        List<Finding> f = findings(interchange999("AK2*837*0001*005010X222A1~\nAK1*HC*17456*005010X222A1~\n"
                + "IK5*A~\nAK9*A*1*1*1~\n"));

        assertThat(f).extracting(Finding::code).contains("REQUIRED_SEGMENT_MISSING", "UNEXPECTED_SEGMENT");
        assertThat(f).filteredOn(x -> x.code().equals("REQUIRED_SEGMENT_MISSING")).first()
                .extracting(x -> x.location().segmentId()).isEqualTo("AK1");
    }

    @Test
    void shouldReportASegmentTheTransactionSetDoesNotDefine() {
        Finding f = only(interchange999(ACK_BODY.replace("IK5*A~", "IK5*A~\nNM1*IL*1~")),
                "SEGMENT_NOT_IN_TRANSACTION_SET");

        assertThat(f.x12ErrorCode()).isEqualTo("6");
        assertThat(f.location().segmentPosition()).isEqualTo(5);
        assertThat(f.location().segmentId()).isEqualTo("NM1");
    }

    @Test
    void shouldReportAnUnexpectedLoopRepeat() {
        // a second AK1 after the AK2 loop started is not expected there
        List<Finding> f = findings(interchange999(ACK_BODY.replace("IK5*A~", "IK5*A~\nAK1*HC*1~")));

        assertThat(f).isNotEmpty();
        assertThat(f).extracting(x -> x.location().segmentId()).contains("AK1");
    }

    @Test
    void shouldReportTooManyElements() {
        List<Finding> f = findings(interchange999(ACK_BODY.replace("IK5*A~", "IK5*A*1*2*3*4*5*6~")));

        assertThat(f).extracting(Finding::code).containsExactly("TOO_MANY_ELEMENTS");
        assertThat(f.get(0).location().elementPosition()).isEqualTo(7);
        assertThat(f.get(0).x12ErrorCode()).isEqualTo("3");
    }

    @Test
    void shouldReportWrongSegmentCountAndTransactionControlNumber() {
        String x = interchange999(ACK_BODY).replace("SE*6*0001", "SE*9*0002");
        List<Finding> f = findings(x);

        assertThat(f).extracting(Finding::code).containsExactly("SEGMENT_COUNT",
                "TRANSACTION_CONTROL_NUMBER_MISMATCH");
        assertThat(f.get(0).location()).isEqualTo(new Location("000000001", "1", "0001", 6, "SE", null, 1, 0));
        assertThat(f.get(0).x12ErrorCode()).isEqualTo("4");
        assertThat(f.get(0).message()).contains("9").contains("6");
        assertThat(f.get(1).x12ErrorCode()).isEqualTo("3");
    }

    @Test
    void shouldReportWrongGroupCountAndControlNumber() {
        List<Finding> f = findings(interchange999(ACK_BODY).replace("GE*1*1", "GE*2*7"));

        assertThat(f).extracting(Finding::code).containsExactly("TRANSACTION_COUNT", "GROUP_CONTROL_NUMBER_MISMATCH");
        assertThat(f).extracting(Finding::x12ErrorCode).containsExactly("5", "4");
        assertThat(f.get(1).location()).isEqualTo(new Location("000000001", "1", null, 9, "GE", null, 2, 0));
    }

    @Test
    void shouldReportWrongInterchangeCountAndControlNumber() {
        List<Finding> f = findings(interchange999(ACK_BODY).replace("IEA*1*000000001", "IEA*3*000000009"));

        assertThat(f).extracting(Finding::code).containsExactly("GROUP_COUNT", "INTERCHANGE_CONTROL_NUMBER_MISMATCH");
        assertThat(f.get(1).location().segmentId()).isEqualTo("IEA");
        assertThat(f.get(1).location().interchangeControlNumber()).isEqualTo("000000001");
    }

    @Test
    void shouldReportDuplicateControlNumbers() {
        String body = "ST*999*0001*005010X231A1~\n" + ACK_BODY + "SE*6*0001~\n";
        String x = ISA + "GS*FA*SENDER*RECEIVER*20240101*1200*1*X*005010X231A1~\n" + body + body + "GE*2*1~\n"
                + "GS*FA*SENDER*RECEIVER*20240101*1200*1*X*005010X231A1~\n" + body + "GE*1*1~\nIEA*2*000000001~\n";
        List<Finding> f = findings(x + x);

        assertThat(f).extracting(Finding::code).contains("DUPLICATE_TRANSACTION_CONTROL_NUMBER",
                "DUPLICATE_GROUP_CONTROL_NUMBER", "DUPLICATE_INTERCHANGE_CONTROL_NUMBER");
    }

    @Test
    void shouldReportAMissingTransactionTrailer() {
        Finding f = only(interchange999(ACK_BODY).replace("SE*6*0001~\n", ""), "TRANSACTION_TRAILER_MISSING");

        assertThat(f.x12ErrorCode()).isEqualTo("2");
        assertThat(f.location().transactionControlNumber()).isEqualTo("0001");
    }

    @Test
    void shouldKeepWhatWasReadOfATruncatedFile() {
        String full = interchange999(ACK_BODY);
        X12Document doc = X12Reader.read(bytes(full.substring(0, full.indexOf("AK9"))));

        assertThat(doc.findings()).extracting(Finding::code).contains("SYNTAX_BROKEN", "TRANSACTION_TRAILER_MISSING",
                "GROUP_TRAILER_MISSING", "INTERCHANGE_TRAILER_MISSING");
        assertThat(doc.interchanges()).hasSize(1);
        assertThat(doc.interchanges().get(0).groups().get(0).transactions().get(0).body().loops("2000")).hasSize(1);
    }

    @Test
    void shouldReportEmptyInputAndGarbage() {
        assertThat(X12Reader.read(new byte[0]).findings()).extracting(Finding::code).containsExactly("EMPTY_INPUT");
        assertThat(X12Reader.read((byte[]) null).findings()).extracting(Finding::code).containsExactly("EMPTY_INPUT");
        assertThat(findings("hello, world")).extracting(Finding::code).containsExactly("NO_INTERCHANGE");
        assertThat(findings(ISA + "\u0000\u0001%%%***~~~")).extracting(Finding::code).contains("SYNTAX_BROKEN");
        assertThat(findings("ISA*00*short~")).isNotEmpty();
        byte[] random = new byte[5000];
        new java.util.Random(7).nextBytes(random);
        assertThat(X12Reader.read(random).findings()).isNotEmpty();
    }

    @Test
    void shouldReportAnEnvelopeElementErrorAsSyntax() {
        Finding f = only(interchange999(ACK_BODY).replace("*20240101*1200*1*X", "*20240101*1299*1*X"), "INVALID_TIME");

        assertThat(f.level()).isEqualTo(SnipLevel.SYNTAX);
        assertThat(f.location()).isEqualTo(new Location("000000001", null, null, 2, "GS", null, 5, 0));
    }

    @Test
    void shouldReportAnUnsupportedGuide() {
        Finding f = only(interchange999(ACK_BODY).replace("ST*999*0001*005010X231A1", "ST*999*0001*005010X230"),
                "UNSUPPORTED_TRANSACTION");

        assertThat(f.x12ErrorCode()).isEqualTo("I6");
        assertThat(f.location().transactionControlNumber()).isEqualTo("0001");
    }
}
