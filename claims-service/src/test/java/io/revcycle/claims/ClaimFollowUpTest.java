package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.TIMEOUT;
import static io.revcycle.claims.ClaimTestSupport.api;
import static io.revcycle.claims.ClaimTestSupport.awaitClaim;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.revcycle.claims.domain.ClaimStatusInquiry;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.claims.service.ClaimFollowUpService;
import io.revcycle.clock.ControllableClock;
import io.revcycle.events.EdiInterchange;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.status.ClaimInquiry276;
import io.revcycle.x12.status.ClaimStatus277;
import io.revcycle.x12.status.ClaimStatusRequest276;
import io.revcycle.x12.status.ClaimStatusResponse277;
import io.revcycle.x12.status.Payer276;
import io.revcycle.x12.status.Payer277;
import io.revcycle.x12.status.Provider277;
import io.revcycle.x12.status.Receiver277;
import io.revcycle.x12.status.StatusCode;
import io.revcycle.x12.status.StatusInfo;
import io.revcycle.x12.status.Subscriber276;
import io.revcycle.x12.status.Subscriber277;

/**
 * Claim status follow-up through the real broker: a claim with no 835 after its payer's follow-up days (from the
 * payer directory) gets a 276 once the controllable clock has moved past the window, and the payer's 277 answer is on
 * its timeline. The 276 and 277 are real X12 bytes, written and read with common-x12.
 */
@QuarkusTest
@TestSecurity(user = "biller-fu", roles = { Roles.BILLER })
class ClaimFollowUpTest {

    private static final int FOLLOW_UP_DAYS = 30;

    @Inject
    ControllableClock clock;

    @Inject
    ClaimFollowUpService followUp;

    @Test
    void shouldSendA276AfterThePayersFollowUpDaysAndPutThe277AnswerOnTheTimeline() {
        String payerId = announcePayer();
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        String pcn = submitClaim(encounterId, payerId);
        try {
            // within the window: nothing is asked
            followUp.sendDue();
            assertThat(inquiries(claimId)).isEmpty();

            clock.advance(Duration.ofDays(FOLLOW_UP_DAYS).plusHours(1));
            assertThat(followUp.sendDue()).isPositive();
            List<ClaimStatusInquiry> asked = inquiries(claimId);
            assertThat(asked).singleElement().satisfies(i -> assertThat(i.payerId).isEqualTo(payerId));
            String trace = asked.get(0).traceNumber;

            // the 276 on the payer topic: validates clean, names the claim as the 837 did
            byte[] x12 = sent276(trace);
            assertThat(X12Toolkit.validate(x12)).isEmpty();
            ClaimStatusRequest276 request = X12Toolkit.readTyped(x12, ClaimStatusRequest276.class).values().get(0);
            Payer276 payer = request.payers().get(0);
            assertThat(payer.name().id()).isEqualTo(payerId);
            Subscriber276 subscriber = payer.receivers().get(0).providers().get(0).subscribers().stream()
                    .filter(s -> s.claims().stream().anyMatch(c -> trace.equals(c.traceNumber()))).findFirst()
                    .orElseThrow();
            assertThat(subscriber.name().id()).isEqualTo("MBR-1001");
            assertThat(subscriber.demographics().birthDate()).isEqualTo(LocalDate.of(1980, 5, 17));
            ClaimInquiry276 inquiry = subscriber.claims().get(0);
            assertThat(inquiry.patientControlNumber()).isEqualTo(pcn);
            assertThat(inquiry.totalCharge()).isEqualByComparingTo("234.00");
            assertThat(inquiry.serviceDate().start()).isEqualTo(ClaimTestSupport.DOS);

            // asked once per window: a second run the same day does not ask again
            followUp.sendDue();
            assertThat(inquiries(claimId)).hasSize(1);

            // the payer answers: pending, in process
            EdiFiles.receiveFromPayer(answer277(payerId, trace, pcn, "P1", "20"), "277");
            List<String> timeline = await().atMost(TIMEOUT).until(() -> timeline(claimId),
                    t -> t.stream().anyMatch(c -> c.startsWith("277 claim status")));
            assertThat(timeline).anyMatch(c -> c.startsWith("no 835 from " + payerId + " 30 days after submission: "
                    + "claim status inquiry 276 sent") && c.contains(trace));
            assertThat(timeline).anyMatch(c -> c.equals("277 claim status from " + payerId + " (answer to 276 trace "
                    + trace + "): P1:20 Pending/In Process: the claim is in the adjudication system: Accepted for "
                    + "processing; charge 234.00"));
            assertThat(inquiries(claimId).get(0).statusCategory).isEqualTo("P1");
            awaitClaim(claimId, c -> "SENT".equals(c.getString("status"))); // a 277 does not move the claim

            // another window later, still no 835: asked again
            clock.advance(Duration.ofDays(FOLLOW_UP_DAYS).plusHours(1));
            followUp.sendDue();
            assertThat(inquiries(claimId)).hasSize(2);
        } finally {
            clock.reset();
        }
    }

    /** A payer of its own, announced by the payer directory with follow-up days, so no other test's claim is asked. */
    private static String announcePayer() {
        String payerId = "FUPAYER" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        TestEvents.publish(Topics.PAYER_DIRECTORY, payerId, PayerDirectoryCopyTest.entry(payerId, payerId,
                FOLLOW_UP_DAYS, Instant.now().truncatedTo(ChronoUnit.MICROS)));
        await().atMost(TIMEOUT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> PayerEntry.<PayerEntry>findByIdOptional(payerId)), Optional::isPresent);
        return payerId;
    }

    private static String submitClaim(String encounterId, String payerId) {
        EncounterCoded coded = ClaimTestSupport.coded(encounterId);
        coded.setPayerId(payerId);
        EligibilityVerified eligibility = ClaimTestSupport.eligibility(encounterId, true);
        eligibility.setPayerId(payerId);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded);
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility);
        return awaitClaim(claimIdOf(encounterId), c -> "SENT".equals(c.getString("status")))
                .getString("patientControlNumber");
    }

    private static List<ClaimStatusInquiry> inquiries(String claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimStatusInquiry.of(claimId));
    }

    private static List<String> timeline(String claimId) {
        return api().get("/claims/{id}/timeline", claimId).then().statusCode(200).extract().jsonPath()
                .getList("cause", String.class);
    }

    /** The 276 interchange on the payer topic that asks under {@code trace}. */
    private static byte[] sent276(String trace) {
        String trn = "TRN*1*" + trace + "~";
        List<EdiInterchange> files = ClaimTestSupport.readEvents(Topics.EDI_TO_PAYER, EdiInterchange.class,
                seen -> seen.stream().anyMatch(f -> EdiFiles.content(f).contains(trn)));
        EdiInterchange file = files.stream().filter(f -> EdiFiles.content(f).contains(trn)).findFirst().orElseThrow();
        assertThat(file.getDocumentTypes()).containsExactly("276");
        return EdiFiles.bytes(file);
    }

    /** The payer's 277 for one claim, built with common-x12: STC01 category and status, TRN*2 the trace. */
    private static byte[] answer277(String payerId, String trace, String pcn, String category, String status) {
        LocalDate today = LocalDate.now();
        ClaimStatus277 claim = new ClaimStatus277(trace, List.of(new StatusInfo(List.of(StatusCode.of(category,
                status)), today, new BigDecimal("234.00"), null, null, null, null, null)), null, null, pcn, null, null,
                null, null, List.of());
        Subscriber277 subscriber = new Subscriber277(
                io.revcycle.x12.eligibility.EntityName.person("IL", "SAMPLE", "ALEX", "MI", "MBR-1001"),
                List.of(claim), List.of());
        Provider277 provider = new Provider277(io.revcycle.x12.eligibility.EntityName.person("1P", "SYNTHETIC",
                "DANA", "XX", "1234567893"), List.of(subscriber));
        Receiver277 receiver = new Receiver277(io.revcycle.x12.eligibility.EntityName.organization("41",
                "REVCYCLE BILLING OFFICE", "46", "RCPROVIDER"), List.of(provider));
        Payer277 payer = new Payer277(io.revcycle.x12.eligibility.EntityName.organization("PR", "DIRECTORY MUTUAL",
                "PI", payerId), List.of(), List.of(receiver));
        ClaimStatusResponse277 response = new ClaimStatusResponse277("R" + UUID.randomUUID().toString()
                .substring(0, 8), today, "1200", List.of(payer));
        byte[] x12 = X12Toolkit.writeTyped(List.of(response), Envelope.of(payerId, "RCPROVIDER"),
                ControlNumbers.startingAt(ThreadLocalRandom.current().nextLong(1, 999_999_999L)), Delimiters.DEFAULT);
        assertThat(X12Toolkit.validate(x12)).isEmpty();
        return x12;
    }
}
