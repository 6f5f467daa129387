package io.revcycle.payersim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import io.revcycle.edi.EdiInspector;
import io.revcycle.events.EdiInterchange;
import io.revcycle.events.Topics;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.claimack.ClaimAck277;
import io.revcycle.x12.remit.Remittance835;

/** Sends 837 files to the simulator as the gateway's raw-EDI events and reads what it answers, validated. */
final class PayerAnswers {

    static final Duration WAIT = Duration.ofSeconds(60);

    private PayerAnswers() {
    }

    static void send(String sender, String receiver, byte[] content) {
        send(sender, receiver, content, "837P");
    }

    static void send(String sender, String receiver, byte[] content, String type) {
        EdiInterchange event = EdiInterchange.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setFileId("TEST-" + UUID.randomUUID()).setFileName("test." + type).setSenderId(sender)
                .setReceiverId(receiver).setInterchangeControlNumber("000000001").setDocumentTypes(List.of(type))
                .setSha256(EdiInspector.sha256(content)).setOrigin("SERVICE").setContent(ByteBuffer.wrap(content))
                .build();
        TestEvents.publish(Topics.EDI_TO_PAYER, sender, event);
    }

    /** Waits for {@code count} answer files to {@code provider} of one type matching {@code match}. */
    static List<String> await(String provider, String type, Predicate<String> match, int count) {
        List<String> files = TestEvents.awaitEvents(Topics.EDI_FROM_PAYER, EdiInterchange.class,
                e -> e.getReceiverId().equals(provider) && e.getDocumentTypes().contains(type) && match.test(text(e)),
                count, WAIT).stream().map(PayerAnswers::text).toList();
        for (String f : files) {
            assertThat(X12Toolkit.validate(f.getBytes(StandardCharsets.US_ASCII))).as("the simulator's " + type)
                    .isEmpty();
        }
        return files;
    }

    static String await(String provider, String type, Predicate<String> match) {
        return await(provider, type, match, 1).get(0);
    }

    /** The first {@code count} answer files of a type to the provider, in the order they were sent. */
    static List<String> first(String provider, String type, int count) {
        return await(provider, type, f -> true, count);
    }

    static List<Ack999> acks(String file) {
        return X12Toolkit.readTyped(bytes(file), Ack999.class).values();
    }

    static ClaimAck277 ack277(String file) {
        return X12Toolkit.readTyped(bytes(file), ClaimAck277.class).values().get(0);
    }

    static Remittance835 remittance(String file) {
        return X12Toolkit.readTyped(bytes(file), Remittance835.class).values().get(0);
    }

    static Predicate<String> mentions(String patientControlNumber) {
        return f -> f.contains("*" + patientControlNumber + "*") || f.contains("*" + patientControlNumber + "~");
    }

    private static byte[] bytes(String file) {
        return file.getBytes(StandardCharsets.US_ASCII);
    }

    private static String text(EdiInterchange e) {
        byte[] b = new byte[e.getContent().remaining()];
        e.getContent().duplicate().get(b);
        return new String(b, StandardCharsets.US_ASCII);
    }
}
