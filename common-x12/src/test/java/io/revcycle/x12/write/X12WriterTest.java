package io.revcycle.x12.write;

import static io.revcycle.x12.read.Fixtures.ACK_BODY;
import static io.revcycle.x12.read.Fixtures.bytes;
import static io.revcycle.x12.read.Fixtures.interchange999;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.X12Writer;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.ack.Ack999.GroupAckCode;
import io.revcycle.x12.ack.Ack999.GroupResponse;
import io.revcycle.x12.ack.Ack999.TransactionAckCode;
import io.revcycle.x12.ack.Ack999.TransactionResponse;
import io.revcycle.x12.ack.Ack999.TransactionStatus;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;

class X12WriterTest {

    private static final Envelope ENVELOPE = Envelope.of("SUBMITTER", "PAYER01")
            .withCreated(LocalDateTime.of(2024, 3, 5, 14, 7)).withUsage("T");

    private static Ack999 ack(String controlNumber) {
        return new Ack999("HC", "17", "005010X222A1",
                List.of(new TransactionResponse("837", controlNumber, "005010X222A1", List.of(),
                        new TransactionStatus(TransactionAckCode.A, List.of()))),
                new GroupResponse(GroupAckCode.A, 1, 1, 1, List.of()));
    }

    @Test
    void shouldWriteIsaWithFixedWidthsAndEnvelopeCounts() {
        byte[] out = X12Toolkit.writeTyped(List.of(ack("0001"), ack("0002")), ENVELOPE,
                ControlNumbers.startingAt(42), Delimiters.DEFAULT);
        String text = new String(out, StandardCharsets.UTF_8);
        String[] lines = text.split("\n");

        assertThat(lines[0]).hasSize(106)
                .isEqualTo("ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*PAYER01        *240305*1407*^*00501"
                        + "*000000042*0*T*:~");
        assertThat(lines[1]).isEqualTo("GS*FA*SUBMITTER*PAYER01*20240305*1407*42*X*005010X231A1~");
        assertThat(lines[2]).isEqualTo("ST*999*0042*005010X231A1~");
        assertThat(text).contains("SE*6*0042~\nST*999*0043*005010X231A1~").contains("SE*6*0043~\nGE*2*42~\n")
                .endsWith("IEA*1*000000042~\n");
        X12Document back = X12Reader.read(out);
        assertThat(back.findings()).isEmpty();
    }

    @Test
    void shouldRoundTripEnvelopesWithConfiguredDelimiters() {
        X12Document doc = X12Reader.read(bytes(interchange999(ACK_BODY)));
        Delimiters odd = new Delimiters('\n', '|', '>', '!', "");

        byte[] out = X12Writer.write(doc.interchanges(), odd);
        X12Document back = X12Reader.read(out);

        assertThat(back.findings()).isEmpty();
        assertThat(back.delimiters()).isEqualTo(odd);
        assertThat(back.interchanges()).isEqualTo(doc.interchanges());
    }

    @Test
    void shouldWriteRepetitionsComponentsAndDropTrailingEmpties() {
        Loop body = Loop.of("835", Segment.of("SVC", Element.composite("HC", "99213", "", "X", "", ""),
                Element.of("1"), Element.EMPTY, Element.repeated(List.of(List.of("2"), List.of("3", "4")))),
                Segment.of("REF", "6R", "", "", ""));
        String st = X12Writer.writeTransaction(new TransactionSet("835", "0001", "005010X221A1", body),
                new Delimiters('~', '*', ':', '^', ""));

        assertThat(st).isEqualTo("ST*835*0001*005010X221A1~SVC*HC:99213::X*1**2^3:4~REF*6R~SE*4*0001~");
    }

    @Test
    void shouldRefuseValuesContainingADelimiterWithoutShowingTheValue() {
        Loop body = Loop.of("999", Segment.of("AK1", "HC", "12*34"));
        Interchange i = new Interchange("00", "", "00", "", "ZZ", "A", "ZZ", "B", "240101", "1200", "1", false, "T",
                List.of(new FunctionalGroup("FA", "A", "B", "20240101", "1200", "1", "005010X231A1",
                        List.of(new TransactionSet("999", "0001", "005010X231A1", body)))));

        assertThatThrownBy(() -> X12Writer.write(i, Delimiters.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AK102 contains the element separator").hasMessageNotContaining("12*34");
    }

    @Test
    void shouldRefuseTooLongIsaFieldsAndBadDelimiters() {
        Interchange i = new Interchange("00", "", "00", "", "ZZ", "A-VERY-LONG-SENDER-ID", "ZZ", "B", "240101",
                "1200", "1", false, "T", List.of());

        assertThatThrownBy(() -> X12Writer.write(i, Delimiters.DEFAULT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISA06");
        assertThatThrownBy(() -> X12Writer.write(i, new Delimiters('~', '*', '*', '^', "\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different");
    }

    @Test
    void shouldSupplyControlNumbersFromASequence() {
        ControlNumbers n = ControlNumbers.startingAt(999_999_998L);

        assertThat(n.nextInterchange()).isEqualTo("999999998");
        assertThat(n.nextInterchange()).isEqualTo("999999999");
        assertThat(n.nextInterchange()).isEqualTo("000000001");
        assertThat(ControlNumbers.startingAt(7).nextTransaction()).isEqualTo("0007");
        assertThat(ControlNumbers.startingAt(7).nextGroup()).isEqualTo("7");
    }

    @Test
    void shouldWriteToAStreamTheSameBytes() {
        X12Document doc = X12Reader.read(bytes(interchange999(ACK_BODY)));
        var out = new java.io.ByteArrayOutputStream();

        X12Writer.write(doc.interchanges(), Delimiters.DEFAULT, out);

        assertThat(out.toByteArray()).isEqualTo(X12Writer.write(doc.interchanges(), Delimiters.DEFAULT));
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(interchange999(ACK_BODY));
    }
}
