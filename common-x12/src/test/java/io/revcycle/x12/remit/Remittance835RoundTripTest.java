package io.revcycle.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.validate.Finding;

class Remittance835RoundTripTest {

    static final Envelope ENVELOPE = Envelope.of("PAYERSENDER", "PROVIDERRCV")
            .withCreated(LocalDateTime.of(2026, 3, 14, 9, 26));
    private static final Remittance835Support SUPPORT = new Remittance835Support();

    static byte[] write(List<Remittance835> values, long firstControlNumber, Delimiters delimiters) {
        return X12Toolkit.writeTyped(values, ENVELOPE, ControlNumbers.startingAt(firstControlNumber), delimiters);
    }

    @Test
    void shouldBeRegisteredInTheCatalogByGuide() {
        assertThat(TransactionCatalog.find("835", "005010X221A1")).containsInstanceOf(Remittance835Support.class);
        assertThat(TransactionCatalog.of(Remittance835.class)).isInstanceOf(Remittance835Support.class);
        assertThat(getClass().getResource(SUPPORT.schemaResource())).isNotNull();
    }

    @Test
    void shouldMapGeneratedRemittancesToTreesAndBack() {
        for (long seed = 0; seed < 600; seed++) {
            Remittance835 value = new Remittance835Generator(seed).next();
            Loop body = SUPPORT.toBody(value);
            List<Finding> findings = new ArrayList<>();
            Remittance835 back = SUPPORT.fromBody(new TransactionSet("835", "0001", "005010X221A1", body),
                    findings::add);
            assertThat(findings).as("seed %d", seed).isEmpty();
            assertThat(back).as("seed %d", seed).isEqualTo(value);
            SUPPORT.check(new TransactionSet("835", "0001", "005010X221A1", body), back, findings::add);
            assertThat(findings).as("rules, seed %d", seed).isEmpty();
        }
    }

    @Test
    void shouldRoundTripGeneratedRemittancesThroughBytesWithoutFindings() {
        int transactions = 0;
        for (long seed = 0; seed < 200; seed++) {
            Remittance835Generator g = new Remittance835Generator(1000 + seed);
            List<Remittance835> values = new ArrayList<>();
            int n = 1 + (int) (seed % 4);
            for (int i = 0; i < n; i++) {
                values.add(g.next());
            }
            byte[] bytes = write(values, 1 + seed, Delimiters.DEFAULT);
            TypedResult<Remittance835> read = X12Toolkit.readTyped(bytes, Remittance835.class);
            assertThat(read.findings()).as("seed %d:%n%s", seed, new String(bytes, StandardCharsets.US_ASCII))
                    .isEmpty();
            assertThat(read.values()).as("seed %d", seed).isEqualTo(values);
            transactions += n;
        }
        assertThat(transactions).isGreaterThanOrEqualTo(500);
    }

    @Test
    void shouldReadSeveralInterchangesWithOtherDelimitersInOneFile() throws Exception {
        Delimiters unusual = new Delimiters('\n', '|', '>', '!', "");
        Delimiters crlf = new Delimiters('~', '*', ':', '^', "\r\n");
        Remittance835Generator g = new Remittance835Generator(77);
        List<Remittance835> first = List.of(g.next(), g.next());
        List<Remittance835> second = List.of(g.next());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(write(first, 5, unusual));
        out.write(write(second, 9, crlf));
        TypedResult<Remittance835> read = X12Toolkit.readTyped(out.toByteArray(), Remittance835.class);
        assertThat(read.findings()).isEmpty();
        List<Remittance835> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(read.values()).isEqualTo(all);
    }
}
