package io.revcycle.x12.read;

import static io.revcycle.x12.read.Fixtures.ACK_BODY;
import static io.revcycle.x12.read.Fixtures.ISA;
import static io.revcycle.x12.read.Fixtures.bytes;
import static io.revcycle.x12.read.Fixtures.interchange999;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;

class X12ReaderTest {

    @Test
    void shouldReadEnvelopesAndLoopTreeWithGuideLoopIds() {
        X12Document doc = X12Reader.read(bytes(interchange999(ACK_BODY)));

        assertThat(doc.findings()).isEmpty();
        assertThat(doc.interchanges()).hasSize(1);
        var isa = doc.interchanges().get(0);
        assertThat(isa.senderId()).isEqualTo("SENDER");
        assertThat(isa.receiverId()).isEqualTo("RECEIVER");
        assertThat(isa.controlNumber()).isEqualTo("000000001");
        assertThat(isa.usage()).isEqualTo("T");
        var gs = isa.groups().get(0);
        assertThat(gs.functionalId()).isEqualTo("FA");
        assertThat(gs.version()).isEqualTo("005010X231A1");
        TransactionSet st = gs.transactions().get(0);
        assertThat(st.id()).isEqualTo("999");
        assertThat(st.controlNumber()).isEqualTo("0001");
        assertThat(st.implementationReference()).isEqualTo("005010X231A1");
        Loop body = st.body();
        assertThat(body.id()).isEqualTo("999");
        assertThat(body.segment("AK1")).contains(Segment.of("AK1", "HC", "17456", "005010X222A1"));
        assertThat(body.segment("AK1").orElseThrow().position()).isEqualTo(2);
        Loop l2000 = body.loop("2000").orElseThrow();
        assertThat(l2000.segment("AK2").orElseThrow().position()).isEqualTo(3);
        assertThat(l2000.segment("IK5")).contains(Segment.of("IK5", "A"));
        assertThat(body.segment("AK9").orElseThrow().position()).isEqualTo(5);
        assertThat(doc.delimiters().segment()).isEqualTo('~');
        assertThat(doc.delimiters().lineBreak()).isEqualTo("\n");
    }

    @Test
    void shouldReadNestedLoopsOfSegmentAndElementErrors() {
        String body = "AK1*HC*28*005010X223A2~\nAK2*837*0028~\nIK3*NM1*17*2010*8~\nCTX*CLM01:CLAIM1~\n"
                + "IK4*3**7~\nIK4*9:1*66*5~\nIK5*R*5~\nAK9*R*1*1*0~\n";
        X12Document doc = X12Reader.read(bytes(interchange999(body)));

        assertThat(doc.findings()).isEmpty();
        Loop l2100 = doc.interchanges().get(0).groups().get(0).transactions().get(0).body().loop("2000")
                .orElseThrow().loop("2100").orElseThrow();
        assertThat(l2100.segment("CTX").orElseThrow().element(1)).isEqualTo(Element.composite("CLM01", "CLAIM1"));
        assertThat(l2100.loops("2110")).hasSize(2);
        assertThat(l2100.loops("2110").get(1).segment("IK4").orElseThrow().element(1))
                .isEqualTo(Element.composite("9", "1"));
    }

    @Test
    void shouldReadSeveralInterchangesInOneFile() {
        String one = interchange999(ACK_BODY);
        String two = one.replace("000000001", "000000002");
        X12Document doc = X12Reader.read(bytes(one + two + one.replace("000000001", "000000003")));

        assertThat(doc.findings()).isEmpty();
        assertThat(doc.interchanges()).extracting(i -> i.controlNumber())
                .containsExactly("000000001", "000000002", "000000003");
    }

    @Test
    void shouldReadManyGroupsAndTransactions() {
        StringBuilder b = new StringBuilder(ISA);
        for (int g = 1; g <= 3; g++) {
            b.append("GS*FA*SENDER*RECEIVER*20240101*1200*").append(g).append("*X*005010X231A1~\n");
            for (int t = 1; t <= 4; t++) {
                b.append("ST*999*000").append(t).append("*005010X231A1~\n").append(ACK_BODY).append("SE*6*000")
                        .append(t).append("~\n");
            }
            b.append("GE*4*").append(g).append("~\n");
        }
        b.append("IEA*3*000000001~\n");
        X12Document doc = X12Reader.read(bytes(b.toString()));

        assertThat(doc.findings()).isEmpty();
        assertThat(doc.interchanges().get(0).groups()).hasSize(3)
                .allSatisfy(g -> assertThat(g.transactions()).hasSize(4));
    }

    @Test
    void shouldDetectUnusualSeparatorsFromIsa() {
        String odd = interchange999(ACK_BODY).replace('*', '|').replace("|^|", "|!|").replace("|:~", "|>~");
        X12Document doc = X12Reader.read(bytes(odd));

        assertThat(doc.findings()).isEmpty();
        assertThat(doc.delimiters().element()).isEqualTo('|');
        assertThat(doc.delimiters().component()).isEqualTo('>');
        assertThat(doc.delimiters().repetition()).isEqualTo('!');
    }

    @Test
    void shouldReadNewlineAsSegmentTerminator() {
        String nl = interchange999(ACK_BODY).replace("~\n", "\n");
        X12Document doc = X12Reader.read(bytes(nl));

        assertThat(doc.findings()).isEmpty();
        assertThat(doc.delimiters().segment()).isEqualTo('\n');
        assertThat(doc.delimiters().lineBreak()).isEmpty();
        assertThat(doc.interchanges().get(0).groups().get(0).transactions()).hasSize(1);
    }

    @Test
    void shouldTolerateCrLfAndNoLineBreaks() {
        String crlf = interchange999(ACK_BODY).replace("~\n", "~\r\n");
        String none = interchange999(ACK_BODY).replace("~\n", "~");

        X12Document a = X12Reader.read(bytes(crlf));
        X12Document b = X12Reader.read(bytes(none));

        assertThat(a.findings()).isEmpty();
        assertThat(b.findings()).isEmpty();
        assertThat(a.delimiters().lineBreak()).isEqualTo("\r\n");
        assertThat(b.delimiters().lineBreak()).isEmpty();
        assertThat(a.interchanges()).isEqualTo(b.interchanges());
    }

    @Test
    void shouldReadRepetitionsAndComponentsOfAnUnknownTransactionFlat() {
        String x = ISA + "GS*HP*SENDER*RECEIVER*20240101*1200*1*X*005010X999Z9~\nST*835*0001~\n"
                + "SVC*HC:99213::X*1**2^3:4^^5~\nSE*3*0001~\nGE*1*1~\nIEA*1*000000001~\n";
        X12Document doc = X12Reader.read(bytes(x));

        assertThat(doc.findings()).extracting(f -> f.code()).containsExactly("UNSUPPORTED_TRANSACTION");
        TransactionSet st = doc.interchanges().get(0).groups().get(0).transactions().get(0);
        assertThat(st.implementationReference()).isNull();
        assertThat(st.body().id()).isEqualTo("835");
        Segment svc = st.body().segment("SVC").orElseThrow();
        assertThat(svc.element(1)).isEqualTo(Element.composite("HC", "99213", "", "X"));
        assertThat(svc.element(4)).isEqualTo(Element.repeated(List.of(List.of("2"), List.of("3", "4"), List.of(""),
                List.of("5"))));
        assertThat(svc.value(3)).isEmpty();
    }

    @Test
    void shouldReadFromAStream() {
        X12Document doc = X12Reader.read(new ByteArrayInputStream(bytes(interchange999(ACK_BODY))));

        assertThat(doc.findings()).isEmpty();
        assertThat(doc.interchanges()).hasSize(1);
    }

    @Test
    void shouldTolerateLeadingWhitespaceAndByteOrderMark() {
        byte[] text = bytes("\r\n  " + interchange999(ACK_BODY));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(X12Reader.read(text).interchanges()).hasSize(1);
        X12Document bom = X12Reader.read(withBom);
        assertThat(bom.findings()).isEmpty();
        assertThat(bom.interchanges()).hasSize(1);
    }
}
