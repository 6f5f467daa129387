package org.example.revcycle.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.PatientShare;
import io.revcycle.events.Topics;
import io.revcycle.testsupport.SharedInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * The sample against the embedded stack: platform events (generated classes, written through the registry serde
 * the way the services write them) on a real broker, read by the sample without any platform class.
 */
class ClaimOutcomeConsumerTest {

    private static final SharedInfrastructure INFRA = SharedInfrastructure.get();

    @Test
    void shouldPrintAdjudicationsAndDenialsOnceEachFromGenericRecords() {
        String claimId = "CLM-EXT-" + UUID.randomUUID();
        ClaimAdjudicated adjudicated = adjudicated(claimId);
        DenialRaised denied = denied(claimId);
        assertThat(ClaimOutcomeConsumer.CLAIM_ADJUDICATED).isEqualTo(Topics.CLAIM_ADJUDICATED);
        assertThat(ClaimOutcomeConsumer.CLAIM_DENIED).isEqualTo(Topics.DENIAL_RAISED);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, adjudicated);
        TestEvents.publish(Topics.DENIAL_RAISED, claimId, denied);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, adjudicated); // redelivered: the same event id

        List<String> printed = new CopyOnWriteArrayList<>();
        try (ClaimOutcomeConsumer consumer = new ClaimOutcomeConsumer(INFRA.bootstrapServers(), INFRA.registryUrl(),
                "example." + UUID.randomUUID(), printed::add)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.pollOnce(Duration.ofMillis(500));
                return printed.stream().filter(l -> l.contains(claimId)).count() >= 2;
            });
            consumer.pollOnce(Duration.ofSeconds(1)); // the duplicate, if it came later
        }

        List<String> ours = printed.stream().filter(l -> l.contains(claimId)).toList();
        assertThat(ours).hasSize(2);
        assertThat(ours).filteredOn(l -> l.startsWith("revcycle.claim.adjudicated key=" + claimId)).singleElement()
                .asString()
                .contains(" ClaimAdjudicated {eventId=" + adjudicated.getEventId())
                .contains("occurredAt=2026-11-30T15:04:05Z", "outcome=PARTIALLY_PAID", "totalCharge=200.00",
                        "paidAmount=120.00", "patientResponsibility=30.00",
                        "patientResponsibilityLines=[{lineNumber=1, procedureCode=99213, reasonCode=2, amount=30.00}]");
        assertThat(ours).filteredOn(l -> l.startsWith("revcycle.claim.denied key=" + claimId)).singleElement()
                .asString()
                .contains(" DenialRaised {eventId=" + denied.getEventId())
                .contains("deniedAmount=50.00", "reasonCode=197", "remarkCodes=[N54]", "category=AUTHORIZATION",
                        "appealDeadline=2027-05-29");
    }

    private static ClaimAdjudicated adjudicated(String claimId) {
        return ClaimAdjudicated.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-11-30T15:04:05Z")).setClaimId(claimId).setEncounterId("ENC-EXT-1")
                .setPatientId("PAT-EXT-1").setPayerId("SYNPAYER1").setOutcome("PARTIALLY_PAID")
                .setTotalCharge(new BigDecimal("200.00")).setAllowedAmount(new BigDecimal("150.00"))
                .setPaidAmount(new BigDecimal("120.00")).setPatientResponsibility(new BigDecimal("30.00"))
                .setContractualAdjustment(new BigDecimal("50.00")).setDeniedAmount(new BigDecimal("0.00"))
                .setPatientResponsibilityLines(List.of(PatientShare.newBuilder().setLineNumber(1)
                        .setProcedureCode("99213").setReasonCode("2").setAmount(new BigDecimal("30.00")).build()))
                .build();
    }

    private static DenialRaised denied(String claimId) {
        return DenialRaised.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-11-30T15:04:05Z")).setClaimId(claimId).setEncounterId("ENC-EXT-1")
                .setPatientId("PAT-EXT-1").setPayerId("SYNPAYER1").setWholeClaim(false)
                .setDeniedAmount(new BigDecimal("50.00"))
                .setDenials(List.of(DeniedLine.newBuilder().setLineNumber(2).setProcedureCode("97110")
                        .setGroupCode("CO").setReasonCode("197").setRemarkCodes(List.of("N54"))
                        .setAmount(new BigDecimal("50.00")).setCategory("AUTHORIZATION").build()))
                .setCategory("AUTHORIZATION").setAppealDeadline(LocalDate.of(2027, 5, 29)).build();
    }
}
