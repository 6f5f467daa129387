package io.revcycle.x12.claimack;

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
import io.revcycle.x12.status.ClaimStatusResponse277Support;
import io.revcycle.x12.validate.Finding;

class ClaimAck277RoundTripTest {

    static final Envelope ENVELOPE = Envelope.of("CLEARINGHOUSE", "SUBMITTER")
            .withCreated(LocalDateTime.of(2026, 5, 2, 17, 45));
    private static final ClaimAcknowledgment277Support SUPPORT = new ClaimAcknowledgment277Support();

    static byte[] write(List<ClaimAck277> values, long first, Delimiters delimiters) {
        return X12Toolkit.writeTyped(values, ENVELOPE, ControlNumbers.startingAt(first), delimiters);
    }

    @Test
    void shouldBeToldApartFromThe277ClaimStatusResponseByGuide() {
        assertThat(TransactionCatalog.find("277", "005010X214")).containsInstanceOf(
                ClaimAcknowledgment277Support.class);
        assertThat(TransactionCatalog.find("277", "005010X212")).containsInstanceOf(
                ClaimStatusResponse277Support.class);
        assertThat(TransactionCatalog.of(ClaimAck277.class)).isInstanceOf(ClaimAcknowledgment277Support.class);
        assertThat(getClass().getResource(SUPPORT.schemaResource())).isNotNull();
    }

    @Test
    void shouldMapGeneratedAcknowledgmentsToTreesAndBack() {
        for (long seed = 0; seed < 600; seed++) {
            ClaimAck277 value = new ClaimAck277Generator(seed).next();
            Loop body = SUPPORT.toBody(value);
            TransactionSet tx = new TransactionSet("277", "0001", "005010X214", body);
            List<Finding> findings = new ArrayList<>();
            ClaimAck277 back = SUPPORT.fromBody(tx, findings::add);
            SUPPORT.check(tx, back, findings::add);
            assertThat(findings).as("seed %d", seed).isEmpty();
            assertThat(back).as("seed %d", seed).isEqualTo(value);
        }
    }

    @Test
    void shouldRoundTripGeneratedAcknowledgmentsThroughBytesWithoutFindings() {
        int transactions = 0;
        for (long seed = 0; seed < 200; seed++) {
            ClaimAck277Generator g = new ClaimAck277Generator(9000 + seed);
            List<ClaimAck277> values = new ArrayList<>();
            for (int i = 0; i <= seed % 4; i++) {
                values.add(g.next());
            }
            byte[] bytes = write(values, 1 + seed, Delimiters.DEFAULT);
            TypedResult<ClaimAck277> read = X12Toolkit.readTyped(bytes, ClaimAck277.class);
            assertThat(read.findings()).as("seed %d:%n%s", seed, new String(bytes, StandardCharsets.US_ASCII))
                    .isEmpty();
            assertThat(read.values()).as("seed %d", seed).isEqualTo(values);
            transactions += values.size();
        }
        assertThat(transactions).isGreaterThanOrEqualTo(500);
    }

    @Test
    void shouldReadSeveralInterchangesWithOtherDelimitersInOneFile() throws Exception {
        ClaimAck277Generator g = new ClaimAck277Generator(4242);
        List<ClaimAck277> first = List.of(g.next(), g.next());
        List<ClaimAck277> second = List.of(g.next());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(write(first, 3, new Delimiters('~', '*', '|', '^', "\r\n")));
        out.write(write(second, 8, new Delimiters('\n', '|', '>', '!', "")));
        TypedResult<ClaimAck277> read = X12Toolkit.readTyped(out.toByteArray(), ClaimAck277.class);
        assertThat(read.findings()).isEmpty();
        List<ClaimAck277> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(read.values()).isEqualTo(all);
    }

    @Test
    void shouldNumberTheHierarchicalLevelsWithTheirParents() {
        ClaimAck277 value = new ClaimAck277Generator(3).next();
        Loop body = SUPPORT.toBody(value);
        List<String> hl = ClaimAcknowledgment277Support.hlLoops(body).stream()
                .map(l -> l.segment("HL").orElseThrow().toString()).toList();
        assertThat(hl.get(0)).isEqualTo("HL*1**20*1");
        assertThat(hl.get(1)).isEqualTo("HL*2*1*21*1");
        assertThat(hl.get(2)).isEqualTo("HL*3*2*19*1");
        assertThat(hl.get(3)).isEqualTo("HL*4*3*PT");
        for (int i = 0; i < hl.size(); i++) {
            assertThat(hl.get(i)).startsWith("HL*" + (i + 1) + "*");
        }
    }
}
