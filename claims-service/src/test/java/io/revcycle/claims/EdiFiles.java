package io.revcycle.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.revcycle.events.EdiInterchange;
import io.revcycle.events.Topics;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.ack.AckGenerator;
import io.revcycle.x12.claimack.ClaimAck277;
import io.revcycle.x12.claimack.ClaimAck277.BillingProvider;
import io.revcycle.x12.claimack.ClaimAck277.ClaimStatus;
import io.revcycle.x12.claimack.ClaimAck277.DateRange;
import io.revcycle.x12.claimack.ClaimAck277.InformationSource;
import io.revcycle.x12.claimack.ClaimAck277.Party;
import io.revcycle.x12.claimack.ClaimAck277.Patient;
import io.revcycle.x12.claimack.ClaimAck277.Receipt;
import io.revcycle.x12.claimack.ClaimAck277.Receiver;
import io.revcycle.x12.claimack.ClaimAck277.Status;
import io.revcycle.x12.claimack.ClaimAck277.StatusCode;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.validate.Finding;

/** X12 files of the tests: the 837s the service sent, and payer-side 999/277CA files built with common-x12. */
final class EdiFiles {

    static final String PAYER = "SYNPAYER1";

    private EdiFiles() {
    }

    /** The latest 837 sent on the EDI topic that carries the claim (CLM01 = its patient control number). */
    static EdiInterchange sent837(String pcn) {
        return sent837(pcn, Optional.empty());
    }

    /** As {@link #sent837(String)}, but only in an interchange other than {@code notIsa13}. */
    static EdiInterchange sent837(String pcn, Optional<String> notIsa13) {
        String clm = "CLM*" + pcn + "*";
        List<EdiInterchange> files = ClaimTestSupport.readEvents(Topics.EDI_TO_PAYER, EdiInterchange.class,
                seen -> seen.stream().anyMatch(f -> content(f).contains(clm)
                        && notIsa13.map(n -> !n.equals(f.getInterchangeControlNumber())).orElse(true)));
        return files.stream().filter(f -> content(f).contains(clm))
                .filter(f -> notIsa13.map(n -> !n.equals(f.getInterchangeControlNumber())).orElse(true))
                .reduce((a, b) -> b).orElseThrow();
    }

    static byte[] bytes(EdiInterchange f) {
        ByteBuffer b = f.getContent().duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    static String content(EdiInterchange f) {
        return new String(bytes(f), StandardCharsets.US_ASCII);
    }

    static List<Finding> errors(byte[] x12) {
        return X12Toolkit.validate(x12).stream().filter(Finding::isError).toList();
    }

    /** The payer's 999 for an 837 (or a mutated copy of it), with a fresh ISA13. */
    static byte[] ack999(byte[] x12) {
        byte[] ack = AckGenerator.acknowledge(x12, ControlNumbers.startingAt(freshControlNumber()), Delimiters.DEFAULT,
                LocalDateTime.now().withSecond(0).withNano(0));
        assertThat(errors(ack)).isEmpty();
        return ack;
    }

    /** A 277CA for one claim: STC category/status/entity, REF*1K when given. */
    static byte[] ack277(String pcn, String category, String statusCode, String entity, String payerClaimNumber,
            LocalDate dateOfService) {
        return ack277(PAYER, pcn, category, statusCode, entity, payerClaimNumber, dateOfService);
    }

    /** As above, from {@code payer} (its interchange id = its payer id, as seeded). */
    static byte[] ack277(String payer, String pcn, String category, String statusCode, String entity,
            String payerClaimNumber, LocalDate dateOfService) {
        LocalDate today = LocalDate.now();
        BigDecimal amount = new BigDecimal("234.00");
        String action = category.equals("A1") || category.equals("A2") ? "WQ" : "U";
        Status claimStatus = new Status(new StatusCode(category, statusCode, entity), today, action, amount,
                List.of(), null);
        ClaimStatus claim = new ClaimStatus(pcn, List.of(claimStatus), payerClaimNumber, null, null,
                new DateRange(dateOfService, null), List.of());
        Status received = new Status(new StatusCode("A1", "19", "PR"), today, "WQ", amount, List.of(), null);
        Patient patient = new Patient(new Party("QC", "1", "SAMPLE", "ALEX", null, null, "MI", "MBR-1001"),
                List.of(claim));
        BillingProvider provider = new BillingProvider(
                new Party("85", "1", "SYNTHETIC", "DANA", null, null, "XX", "1234567893"), "1", List.of(received),
                List.of(), null, List.of(patient));
        Receiver receiver = new Receiver(
                new Party("41", "2", "REVCYCLE BILLING OFFICE", null, null, null, "46", "RCPROVIDER"), "1",
                List.of(received), null, List.of(provider));
        InformationSource source = new InformationSource(
                new Party("PR", "2", "SYNTHETIC HEALTH PLAN", null, null, null, "PI", payer),
                List.of(new Receipt("R" + freshControlNumber(), today, today)), List.of(receiver));
        ClaimAck277 ack = new ClaimAck277("CA" + freshControlNumber(), today, "1200", List.of(source));
        byte[] x12 = X12Toolkit.writeTyped(List.of(ack), Envelope.of(payer, "RCPROVIDER"),
                ControlNumbers.startingAt(freshControlNumber()), Delimiters.DEFAULT);
        assertThat(errors(x12)).isEmpty();
        return x12;
    }

    /** Puts a payer file on the inbound raw-EDI topic, as a new event each time (same bytes allowed). */
    static void receiveFromPayer(byte[] x12, String type) {
        receiveFromPayer(x12, type, PAYER);
    }

    static void receiveFromPayer(byte[] x12, String type, String payer) {
        String isa13 = new String(x12, StandardCharsets.US_ASCII).substring(90, 99);
        EdiInterchange event = EdiInterchange.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setFileId(payer + "-" + isa13 + "-" + type)
                .setFileName(payer + "-" + isa13 + "-" + type + ".x12")
                .setSenderId(payer)
                .setReceiverId("RCPROVIDER")
                .setInterchangeControlNumber(isa13)
                .setDocumentTypes(List.of(type))
                .setSha256(sha256(x12))
                .setOrigin("SERVICE")
                .setContent(ByteBuffer.wrap(x12))
                .build();
        TestEvents.publish(Topics.EDI_FROM_PAYER, payer, event);
    }

    private static long freshControlNumber() {
        return ThreadLocalRandom.current().nextLong(1, 999_999_999L);
    }

    private static String sha256(byte[] x12) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(x12));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
