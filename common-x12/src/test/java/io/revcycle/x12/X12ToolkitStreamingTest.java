package io.revcycle.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.remit.Remittance835;
import io.revcycle.x12.spi.TransactionSupport;

/**
 * {@link X12Toolkit#readTyped} maps each transaction set as the reader closes it. It must give what mapping the whole
 * document gives, also when the fast path gives up after handing over some transaction sets (the sink restarts).
 */
class X12ToolkitStreamingTest {

    private static final TransactionSupport<?> REMITTANCE = TransactionCatalog.find("835", "005010X221A1")
            .orElseThrow();

    /** Two interchanges of the 835 example; the second one's BPR01 changed to {@code bpr01}. */
    private static byte[] twoInterchanges(String bpr01) throws IOException {
        String one;
        try (InputStream in = X12ToolkitStreamingTest.class.getResourceAsStream("/io/revcycle/x12/examples/835-"
                + REMITTANCE.implementationReference() + ".x12")) {
            one = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).strip();
        }
        String two = one.replace("000000001", "000000002").replaceFirst("BPR\\*I\\*", "BPR*" + bpr01 + "*");
        return (one + "\n" + two + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void shouldStreamEveryTransactionSetOnceWithItsEnvelopeNumbers() throws IOException {
        byte[] bytes = twoInterchanges("I");
        List<String> seen = new ArrayList<>();

        List<?> findings = X12Reader.read(bytes, new X12Reader.TransactionSink() {
            @Override
            public void accept(String isa13, String gs06, String gs08, TransactionSet tx) {
                seen.add(isa13 + "/" + gs06 + "/" + gs08 + "/" + tx.id() + " " + tx.controlNumber());
            }

            @Override
            public void restart() {
                seen.add("restart");
            }
        });

        assertThat(findings).isEmpty();
        assertThat(seen).hasSize(2).allMatch(s -> s.contains("/005010X221A1/835 "))
                .anyMatch(s -> s.startsWith("000000001/")).anyMatch(s -> s.startsWith("000000002/"));
    }

    @Test
    void shouldGiveTheWholeDocumentsResultWhenTheFastPathGivesUpAfterTheFirstTransactionSet() throws IOException {
        byte[] bytes = twoInterchanges("Q"); // the second BPR01 is a code the guide does not use

        TypedResult<Remittance835> streamed = X12Toolkit.readTyped(bytes, Remittance835.class);

        assertThat(X12Reader.readFast(bytes)).isEmpty();
        assertThat(streamed).isEqualTo(X12Toolkit.readTypedFromDocument(X12Reader.read(bytes), Remittance835.class));
        assertThat(streamed.values()).hasSize(2); // once each, not again after the restart
        assertThat(streamed.findings()).extracting(f -> f.code() + " " + f.location().segmentId())
                .contains("INVALID_CODE_VALUE BPR");
    }
}
