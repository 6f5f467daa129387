package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.events.PayerDirectoryUpdated;
import io.revcycle.events.Topics;
import io.revcycle.testsupport.TestEvents;

/** The copy of eligibility-service's payer directory, kept from its announcements on the real broker. */
@QuarkusTest
class PayerDirectoryCopyTest {

    @Test
    void shouldKeepTheNewestDirectoryEntryOfAPayer() {
        String payerId = "DIRPAYER-" + UUID.randomUUID().toString().substring(0, 8);
        Instant changed = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestEvents.publish(Topics.PAYER_DIRECTORY, payerId, entry(payerId, "DIR" + payerId.substring(9, 13), 45,
                changed));
        PayerEntry copy = await().atMost(TIMEOUT).until(() -> copyOf(payerId), Optional::isPresent).orElseThrow();
        assertThat(copy.name).isEqualTo("DIRECTORY MUTUAL");
        assertThat(copy.claimFilingIndicator).isEqualTo("MC");
        assertThat(copy.timelyFilingDays).isEqualTo(365);
        assertThat(copy.appealWindowDays).isEqualTo(120);
        assertThat(copy.followUpDays).isEqualTo(45);
        assertThat(copy.directoryUpdatedAt).isEqualTo(changed);

        // an older entry arriving late changes nothing; a newer one replaces the copy
        TestEvents.publish(Topics.PAYER_DIRECTORY, payerId, entry(payerId, "OLDID", 10, changed.minusSeconds(60)));
        TestEvents.publish(Topics.PAYER_DIRECTORY, payerId, entry(payerId, "NEWID", 21, changed.plusSeconds(60)));

        PayerEntry newest = await().atMost(TIMEOUT).until(() -> copyOf(payerId),
                p -> p.isPresent() && "NEWID".equals(p.get().interchangeId)).orElseThrow();
        assertThat(newest.followUpDays).isEqualTo(21);
        assertThat(newest.directoryUpdatedAt).isEqualTo(changed.plusSeconds(60));
    }

    static PayerDirectoryUpdated entry(String payerId, String interchangeId, int followUpDays, Instant updatedAt) {
        return PayerDirectoryUpdated.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setPayerId(payerId).setName("DIRECTORY MUTUAL").setInterchangeId(interchangeId)
                .setGatewayRoute("EDI_GATEWAY").setRealTimeEligibility(false).setClaimFilingIndicator("MC")
                .setTimelyFilingDays(365).setAppealWindowDays(120).setFollowUpDays(followUpDays)
                .setAcknowledgeOnly(false).setUpdatedBy("test").setUpdatedAt(updatedAt).build();
    }

    private static Optional<PayerEntry> copyOf(String payerId) {
        return QuarkusTransaction.requiringNew().call(() -> PayerEntry.<PayerEntry>findByIdOptional(payerId));
    }
}
