package io.revcycle.x12.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.fuzz.Mutator;
import io.revcycle.x12.spi.TransactionSupport;

/**
 * The reader's fast path (a raw StAEDI scan placed in the guide's loops by {@link GuideMatcher}) must be taken for
 * clean input, must decline what it is not sure of, and must give exactly the document of StAEDI's validating read
 * whenever it answers. (Every other test of the module also checks the last point: the build sets
 * {@code revcycle.x12.verifyFastPath}.)
 */
class X12ReaderFastPathTest {

    static byte[] example(TransactionSupport<?> s) throws IOException {
        String name = "/io/revcycle/x12/examples/" + s.transactionSetId() + "-" + s.implementationReference() + ".x12";
        try (InputStream in = X12ReaderFastPathTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void shouldTakeTheFastPathForTheCleanExampleOfEveryGuide() throws IOException {
        for (TransactionSupport<?> s : TransactionCatalog.all()) {
            byte[] bytes = example(s);
            Optional<X12Document> fast = X12Reader.readFast(bytes);

            assertThat(fast).as("fast path for %s", s.implementationReference()).isPresent();
            assertThat(fast.get()).isEqualTo(X12Reader.readWithStaediValidation(bytes));
        }
    }

    @Test
    void shouldLeaveAnInvalidTransactionToStaediAndReportItsFindings() throws IOException {
        TransactionSupport<?> s = TransactionCatalog.find("835", "005010X221A1").orElseThrow();
        // BPR01 with a code value the guide does not use
        String text = new String(example(s), StandardCharsets.ISO_8859_1).replaceFirst("BPR\\*I\\*", "BPR*Q*");

        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(X12Reader.readFast(bytes)).isEmpty();
        assertThat(X12Reader.read(bytes).findings()).extracting(f -> f.code() + " " + f.location().segmentId())
                .contains("INVALID_CODE_VALUE BPR");
    }

    @Test
    void shouldDeclineWhenTheGroupNamesAnotherVersionThanTheTransactionSet() throws IOException {
        TransactionSupport<?> s = TransactionCatalog.find("999", "005010X231A1").orElseThrow();
        String text = new String(example(s), StandardCharsets.ISO_8859_1);
        String gs08 = text.substring(text.indexOf("GS*")).split("~")[0];
        String otherGroup = gs08.replace("005010X231A1", "004010X231A1");

        byte[] bytes = text.replace(gs08, otherGroup).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(X12Reader.readFast(bytes)).isEmpty(); // StAEDI reads by GS08: its call
    }

    @Test
    void shouldAgreeWithStaediOnEveryMutantItAccepts() throws IOException {
        int accepted = 0;
        for (TransactionSupport<?> s : TransactionCatalog.all()) {
            byte[] seed = example(s);
            Mutator mutator = new Mutator(42);
            for (int i = 0; i < 150; i++) {
                byte[] mutant = mutator.mutate(seed);
                Optional<X12Document> fast = X12Reader.readFast(mutant);
                if (fast.isPresent()) {
                    accepted++;
                    assertThat(fast.get()).as("mutant %d of %s", i, s.implementationReference())
                            .isEqualTo(X12Reader.readWithStaediValidation(mutant));
                }
            }
        }
        assertThat(accepted).as("mutants that stay clean (digits changed, values swapped)").isPositive();
    }
}
