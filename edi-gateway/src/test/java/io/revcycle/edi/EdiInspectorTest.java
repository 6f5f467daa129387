package io.revcycle.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EdiInspectorTest {

    @Test
    void shouldIdentifyEveryGuideByItsTransactionSetAndGuide() throws IOException {
        assertThat(inspect("837-005010X222A1.x12").documentTypes()).containsExactly(EdiDocumentType.CLAIM_837P);
        assertThat(inspect("837-005010X223A2.x12").documentTypes()).containsExactly(EdiDocumentType.CLAIM_837I);
        assertThat(inspect("835-005010X221A1.x12").documentTypes()).containsExactly(EdiDocumentType.REMITTANCE_835);
        assertThat(inspect("999-005010X231A1.x12").documentTypes()).containsExactly(EdiDocumentType.ACK_999);
        assertThat(inspect("277-005010X214.x12").documentTypes()).containsExactly(EdiDocumentType.CLAIM_ACK_277CA);
        assertThat(inspect("277-005010X212.x12").documentTypes()).containsExactly(EdiDocumentType.STATUS_277);
        assertThat(inspect("271-005010X279A1.x12").documentTypes()).containsExactly(EdiDocumentType.ELIGIBILITY_271);
    }

    @Test
    void shouldReadTheEnvelopeIdentityAndHashOfACleanFile() throws IOException {
        byte[] bytes = example("835-005010X221A1.x12");
        InspectedFile f = EdiInspector.inspect(bytes);

        assertThat(f.unidentified()).isFalse();
        assertThat(f.hasErrors()).isFalse();
        assertThat(f.senderId()).isNotBlank();
        assertThat(f.interchangeControlNumber()).hasSize(9);
        assertThat(f.sha256()).hasSize(64).isEqualTo(EdiInspector.sha256(bytes.clone()));
    }

    @Test
    void shouldReportFindingsWithoutThrowingForBytesThatAreNotX12() {
        InspectedFile f = EdiInspector.inspect("hello, this is not an interchange".getBytes(StandardCharsets.US_ASCII));

        assertThat(f.unidentified()).isTrue();
        assertThat(f.documentTypes()).isEmpty();
        assertThat(f.hasErrors()).isTrue();
    }

    @Test
    void shouldFindTheErrorsOfAFileThatDoesNotBalance() throws IOException {
        String text = new String(example("835-005010X221A1.x12"), StandardCharsets.US_ASCII);
        // BPR02, the total paid, no longer equals what the claims were paid
        String unbalanced = text.replaceFirst("BPR\\*([A-Z])\\*([0-9.]+)\\*", "BPR*$1*1.23*");
        assertThat(unbalanced).isNotEqualTo(text);

        InspectedFile f = EdiInspector.inspect(unbalanced.getBytes(StandardCharsets.US_ASCII));

        assertThat(f.hasErrors()).isTrue();
        assertThat(EdiInspector.describe(f.errors())).contains("BALANCING");
    }

    @Test
    void shouldNameDocumentTypesWithTheirShortLabels() {
        assertThat(EdiInspector.labels(Set.of(EdiDocumentType.ACK_999, EdiDocumentType.CLAIM_837P)))
                .isEqualTo("837P,999");
        assertThat(EdiDocumentType.ofLabel("277ca")).contains(EdiDocumentType.CLAIM_ACK_277CA);
        assertThat(EdiDocumentType.of("837", "005010X223A3")).contains(EdiDocumentType.CLAIM_837I);
        assertThat(EdiDocumentType.of("850", "004010")).isEmpty();
    }

    private static InspectedFile inspect(String name) throws IOException {
        return EdiInspector.inspect(example(name));
    }

    private static byte[] example(String name) throws IOException {
        try (InputStream in = EdiInspectorTest.class.getResourceAsStream("/io/revcycle/x12/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
